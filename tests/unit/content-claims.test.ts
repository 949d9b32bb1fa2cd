/**
 * What the site claims about routes, admission and offer, checked over every text a pupil reads: study pages
 * (summary, profile, body, warning, subjects, beroepen), glossary, guides, questionnaire and the route rules' texts.
 * One test per kind of error found by the independent check of issue 16; the rules are in src/lib/content/claims.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import type { OfficialEntry } from '../../src/lib/content/official-catalogue.ts';
import {
  duaalAgeRule,
  duaalCodeFinaliteit,
  duaalFinaliteitClaims,
  offerCountProblems,
  optionalPreparatoryYear,
  ruleMisstated,
  seventhYearPlacement,
  unknownOffers,
  vooropleidingProblems,
  type ClaimPage,
} from '../../src/lib/content/claims.ts';
import { unexplainedJargon } from '../../src/lib/content/jargon.ts';
import { RULES } from '../../src/lib/routes/rules.ts';
import { locationsOrCatalogue, offeredRichtingNames, type SchoolOfferData } from '../../src/lib/content/offer-count.ts';
import { offerCount, type OfferingSchool } from '../../src/lib/schools/offer-count.ts';

const root = join(import.meta.dirname, '../..');
const content = loadContent(join(root, 'content'), root);
const catalogue: OfficialEntry[] = JSON.parse(readFileSync(join(root, 'scripts/data/official-catalogue.json'), 'utf8'));
const byCode = new Map(catalogue.map((e) => [e.code, e]));

const schoolsData: SchoolOfferData = JSON.parse(readFileSync(join(root, 'scripts/data/schools-flanders.json'), 'utf8'));

/** .astro and .tsx files under the given folders, relative to the repository. */
function sourceFiles(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(astro|tsx)$/.test(name))
      .map((name) => relative(root, join(folder, name))),
  );
}

const studyPages: (ClaimPage & { id: string; duaalCodes: string[] })[] = content.studies.map((s) => ({
  id: s.id,
  file: s.file,
  kind: s.data.kind,
  graad: s.data.graad,
  finaliteit: s.data.finaliteit,
  codes: [...s.data.codes, ...s.data.duaalCodes],
  duaalCodes: s.data.duaalCodes,
  text: [s.data.summary, s.data.profile, s.body, s.data.uncertain ?? '', s.data.subjects.join('. '), s.data.beroepen.join('. ')].join('\n'),
}));
const otherPages: ClaimPage[] = [
  ...content.glossary.map((g) => ({ file: g.file, text: `${g.data.short}\n${g.body}` })),
  ...content.guides.map((g) => ({ file: g.file, text: `${g.data.description}\n${g.body}` })),
  { file: 'content/questionnaire/questions.yaml', text: readFileSync(join(root, 'content/questionnaire/questions.yaml'), 'utf8') },
  { file: 'src/lib/routes/rules.ts', text: Object.values(RULES).map((r) => r.text).join('\n') },
  // Texts written in the pages and components themselves (read as source: the checks look at sentences only).
  ...sourceFiles(join(root, 'src/pages'), join(root, 'src/components')).map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') })),
];
const allPages: ClaimPage[] = [...studyPages, ...otherPages];

/** "file: problem" lines, so a failure names the page and the sentence. */
const report = <P extends ClaimPage>(pages: P[], check: (page: P) => string[]) =>
  pages.flatMap((page) => check(page).map((problem) => `${page.file}: ${problem}`));

/**
 * School locations per study page, counted as the page's own count line counts them (the school records built from
 * the official offer), with the catalogue as fallback where no record reaches the page (src/lib/content/offer-count.ts).
 */
function offerCounts(): Map<string, number> {
  const offering = new Map<string, OfferingSchool[]>();
  for (const school of content.schools)
    for (const id of school.data.studies) offering.set(id, [...(offering.get(id) ?? []), { schoolnummer: school.data.schoolnummer, municipality: school.data.address.municipality }]);
  return new Map(studyPages.map((p) => [p.id, locationsOrCatalogue(offerCount(offering.get(p.id) ?? []).locations, (p.codes ?? []).map((c) => byCode.get(c)?.locations ?? 0))]));
}

describe('route claims (issue 16)', () => {
  it('kind 1: no text places a 7de jaar "na de 3de graad"', () => {
    expect(report(allPages, seventhYearPlacement)).toEqual([]);
  });

  it('kind 2: every 7de jaar "na OK4" or "na OK3" names the vooropleiding its official name fixes', () => {
    const pages = studyPages.filter((p) => p.kind === 'zevende-jaar');
    expect(pages.length).toBeGreaterThan(0);
    expect(report(pages, (p) => vooropleidingProblems(p, byCode))).toEqual([]);
  });

  it('kind 3: after arbeidsmarktfinaliteit the voorbereidend 7de jaar is required for a bachelor, never optional', () => {
    expect(report(allPages, optionalPreparatoryYear)).toEqual([]);
  });

  it('kind 4: no page of the 3de graad gives an age as the admission rule for duaal', () => {
    expect(report(studyPages, duaalAgeRule)).toEqual([]);
  });

  it('kind 5: a richting or 7de jaar offered by at most two school locations says so, with the number from the data', () => {
    const counts = offerCounts();
    const pages = studyPages.filter((p) => (p.kind === 'studierichting' || p.kind === 'zevende-jaar') && (p.codes ?? []).length > 0);
    expect(report(pages, (p) => offerCountProblems(p, counts.get(p.id) ?? 0))).toEqual([]);
  });

  it('kind 5: no page sends pupils on to a richting or 7de jaar that no school offers', () => {
    const counts = offerCounts();
    const notOffered = new Set(studyPages.filter((p) => (p.codes ?? []).length > 0 && counts.get(p.id) === 0).map((p) => p.id));
    expect(notOffered.size).toBeGreaterThan(0);
    const wrong = content.studies.flatMap((s) => s.data.next.filter((id) => notOffered.has(id)).map((id) => `${s.file}: next → ${id}`));
    expect(wrong).toEqual([]);
  });

  it('kind 5: every "Aanloop … duaal" a text names is in the schools\' official offer', () => {
    const offered = offeredRichtingNames(schoolsData);
    expect(offered.size).toBeGreaterThan(100);
    expect(report(allPages, (p) => unknownOffers(p, offered))).toEqual([]);
  });

  it('kind 6: the attest decides, not the advice of the klassenraad; an A-attest is not limited to one finaliteit', () => {
    expect(report(allPages, ruleMisstated)).toEqual([]);
  });

  it('kind 7: what a text says about the finaliteit of duaal richtingen matches the catalogue', () => {
    expect(report(allPages, (p) => duaalFinaliteitClaims(p, catalogue))).toEqual([]);
    expect(report(studyPages, (p) => duaalCodeFinaliteit(p, p.duaalCodes, byCode))).toEqual([]);
  });
});

describe('jargon (issue 16, kind 8)', () => {
  it('every jargon word is linked to the glossary or explained where it is first used', () => {
    const glossaryForms = content.glossary.map((g) => ({ id: g.id, forms: [g.data.term, ...g.data.aliases] }));
    // Study pages link glossary terms (src/markdown/rehype-glossary-terms.ts) and explain them beside the text; the
    // glossary is one page (/begrippen/) that explains every term; guides and the questionnaire link nothing.
    const glossaryFiles = new Set(content.glossary.map((g) => g.file));
    const findings = [
      ...studyPages.map((p) => ({ file: p.file, found: unexplainedJargon(p.text, glossaryForms) })),
      ...otherPages.map((p) => ({ file: p.file, found: unexplainedJargon(p.text, glossaryFiles.has(p.file) ? glossaryForms : []) })),
    ].flatMap(({ file, found }) => found.map((f) => `${file}: ${f.word} ("…${f.context}…")`));
    expect(findings).toEqual([]);
  });
});
