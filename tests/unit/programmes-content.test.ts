/**
 * The programmes of higher education: broken files are reported with file and field, the real content keeps the
 * rules the issue asks for (entrance exams said where they exist), and the pages match the verified data file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { UNCERTAIN_MAX } from '../../src/schemas/ho-programme.ts';
import { uncertaintyLines } from '../../src/lib/ho/uncertainty.ts';
import { sentences, words } from '../../src/lib/readability/measure.ts';

const root = join(import.meta.dirname, '../..');
const fixtures = join(root, 'tests/fixtures');
const content = loadContent(join(root, 'content'), root);
const data = JSON.parse(readFileSync(join(root, 'scripts/data/ho-programmes.json'), 'utf8')) as {
  programmes: { id: string; name: string; kind: string; credits: number; years: number; offerings: unknown[]; admission: { kind: string }[] }[];
  studiegebieden: { id: string; name: string }[];
};

describe('broken programme files', () => {
  const { problems } = loadContent(join(fixtures, 'content-bad-programme'), fixtures);

  it('names the file and field of a graduaat with the wrong study load', () => {
    expect(problems).toContainEqual({ file: 'content-bad-programme/programmes/graduaat-te-groot.md', field: 'credits', message: 'een graduaat telt 90 of 120 studiepunten' });
  });

  it('refuses a toelatingsexamen arts on a professionele bachelor', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content-bad-programme/programmes/bachelor-met-examen.md', field: 'admission.0.kind' }),
    );
  });

  it('does not check the references of a file that failed its schema', () => {
    // The bachelor fails its schema, so its unknown studiegebied is not checked; the graduaat fails too.
    expect(problems.filter((p) => p.field === 'studiegebied')).toEqual([]);
    expect(problems).toContainEqual({ file: 'content-bad-programme/studiegebieden/gezondheidszorg.yaml', field: '', message: 'geen enkele opleiding hoort bij dit studiegebied' });
  });
});

describe('programmes of higher education in content/', () => {
  it('load without problems', () => {
    expect(content.problems).toEqual([]);
    expect(content.programmes.length).toBeGreaterThan(0);
  });

  it('say so when an entrance exam exists', () => {
    const exam: Record<string, string> = {
      'bachelor-in-de-geneeskunde': 'toelatingsexamen-arts',
      'bachelor-in-de-tandheelkunde': 'toelatingsexamen-tandarts',
      'bachelor-in-de-diergeneeskunde': 'toelatingsexamen-dierenarts',
    };
    for (const p of content.programmes) {
      const kinds = p.data.admission.map((a) => a.kind);
      if (exam[p.id]) expect(kinds, p.file).toContain(exam[p.id]);
      if (p.data.studiegebied === 'audiovisuele-en-beeldende-kunst' && p.data.kind === 'academische-bachelor') {
        expect(kinds, p.file).toContain('artistieke-toelatingsproef');
      }
    }
  });

  it('put every lerarenopleiding in the studiegebied onderwijs', () => {
    for (const p of content.programmes.filter((x) => x.data.educatief)) expect(p.data.studiegebied, p.file).toBe('onderwijs');
  });

  it('have a page for every programme and studiegebied of the data, with the same facts', () => {
    const pages = new Map(content.programmes.map((p) => [p.id, p.data]));
    for (const p of data.programmes) {
      const page = pages.get(p.id);
      expect(page, `content/programmes/${p.id}.md`).toBeDefined();
      expect({ name: page!.name, kind: page!.kind, credits: page!.credits, years: page!.years, offerings: page!.offerings, admission: page!.admission.map((a) => a.kind) }).toEqual({
        name: p.name,
        kind: p.kind,
        credits: p.credits,
        years: p.years,
        offerings: p.offerings,
        admission: p.admission.map((a) => a.kind),
      });
    }
    expect(content.studiegebieden.map((s) => s.id).sort()).toEqual(data.studiegebieden.map((s) => s.id).sort());
  });

  it('keep the note on the page short and plain (B1), with maintainer details apart', () => {
    for (const p of content.programmes) {
      const note = p.data.uncertain ?? '';
      expect(note.length, p.file).toBeLessThanOrEqual(UNCERTAIN_MAX);
      for (const s of sentences([note])) expect(words(s).length, `${p.file}: ${s}`).toBeLessThanOrEqual(15);
      // Words a pupil cannot read belong in maintainerNote.
      expect(note, p.file).not.toMatch(/crawl|l3=|Education4Climate|catalog|uitsnede|record|Codex|\bid\b/i);
    }
  });

  it('say on every page what was not checked, and never call a study load checked that is unknown', () => {
    for (const p of content.programmes) {
      if (p.data.credits === null) expect(p.data.verified.credits, p.file).toBe(false);
      // No programme of this list was checked live or is known to be complete: every page shows the notice.
      expect(uncertaintyLines(p.data).length, p.file).toBeGreaterThan(0);
    }
  });

  it('cite an https or http source page for every institution', () => {
    for (const p of content.programmes) for (const o of p.data.offerings) expect(o.url, p.file).toMatch(/^https?:\/\//);
  });
});

describe('the aansluiting of a programme', () => {
  const { problems } = loadContent(join(fixtures, 'content-bad-aansluiting'), fixtures);
  const file = 'content-bad-aansluiting/programmes/graduaat-met-aansluiting.md';

  it('names file and field of an unknown study (with the closest id) and of a study outside the 3de graad', () => {
    expect(problems.filter((p) => p.file === file)).toEqual([
      { file, field: 'aansluiting.1.richting', message: 'onbekende studie "opvoeding-en-begeleidng-3de-graad"; bedoel je "opvoeding-en-begeleiding-3de-graad"?' },
      { file, field: 'aansluiting.2.richting', message: '"latijn-2de-graad" is geen richting van de 3de graad en geen 7de jaar' },
    ]);
  });

  it('refuses an entry with both a richting and a domein', () => {
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'content-bad-aansluiting/programmes/graduaat-met-richting-en-domein.md', field: 'aansluiting.0', message: 'geef een richting of een domein, niet allebei' }),
    );
  });
});
