import { describe, expect, it } from 'vitest';
import { programmeEntry } from './programme-entry.ts';
import { testCatalogue } from './test-catalogue.ts';

const catalogue = testCatalogue();
const summary = (id: string) => programmeEntry(catalogue, id).map((g) => `${g.label}: ${g.status} (${g.count})`);

describe('programmeEntry', () => {
  it('a bachelor: open after doorstroom and dubbele finaliteit, not after arbeidsmarkt, open after the voorbereidend jaar', () => {
    expect(summary('bachelor-testkunde')).toEqual([
      'Na het 6de jaar van een richting met doorstroomfinaliteit: open (2)',
      'Na het 6de jaar van een richting met dubbele finaliteit: open (1)',
      'Na het 6de jaar van een richting met arbeidsmarktfinaliteit: uitgesloten (2)',
      'Na het voorbereidend 7de jaar op het hoger onderwijs: open (1)',
      'Na een bijzondere vorming (7de jaar na doorstroom of dubbele finaliteit): open (1)',
      'Na een ander 7de jaar (specialisatiejaar): voorwaarde (2)',
    ]);
    const arbeidsmarkt = programmeEntry(catalogue, 'bachelor-testkunde')[2]!;
    expect(arbeidsmarkt.reasons.map((r) => r.rule)).toEqual(['bachelor-na-arbeidsmarkt']);
  });

  it('a graduaat is open after every 6de jaar', () => {
    const groups = programmeEntry(catalogue, 'graduaat-testopleiding');
    expect(groups.filter((g) => g.label.includes('6de jaar')).map((g) => g.status)).toEqual(['open', 'open', 'open']);
  });

  it('the entrance exam is a reason in every group that is not excluded', () => {
    for (const group of programmeEntry(catalogue, 'bachelor-testgeneeskunde')) {
      if (group.status === 'uitgesloten') continue;
      expect(group.status, group.label).not.toBe('open');
      expect(group.reasons.map((r) => r.text), group.label).toContain('Testnota: je slaagt eerst voor het toelatingsexamen arts.');
    }
  });

  it('an unknown programme has no groups', () => {
    expect(programmeEntry(catalogue, 'bestaat-niet')).toEqual([]);
  });
});
