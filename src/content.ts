/**
 * Loads every collection once per build, checks the references between files, and derives the indexes the pages
 * use. Pages import from here instead of querying collections themselves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { QUESTIONS_FILE, WEIGHTS_FILE } from './content.config.ts';
import { checkQuestionnaire } from './lib/questionnaire/check.ts';
import { validateSchools } from './lib/schools/validate-schools.ts';
import { parseWeights } from './schemas/weights.ts';
import { formatProblems } from './lib/content/problems.ts';
import { validateContent } from './lib/content/validate-content.ts';
import { validateAansluiting, validateProgrammes } from './lib/content/validate-programmes.ts';
import { validateBeroepen } from './lib/content/validate-beroepen.ts';
import { beroepIndex, beroepLinks } from './lib/content/beroepen.ts';
import { programmeOrder } from './lib/content/programme-view.ts';
import { previousSteps, schoolOrder } from './lib/content/study-view.ts';
import type { DomainId } from './schemas/enums.ts';
import { RouteCatalogue } from './lib/routes/catalogue.ts';
import { toRouteProgramme, toRouteStudy } from './lib/routes/route-study.ts';
import { toHoData } from './lib/ho/ho-data.ts';
import { checkTranslations, termIdsIn } from './lib/translations/check.ts';
import { MARKDOWN_PAGES, TRANSLATED_PAGES, dutchTermsOfPages } from './lib/translations/pages.ts';

export type Study = CollectionEntry<'studies'>;
export type Domain = CollectionEntry<'domains'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type School = CollectionEntry<'schools'>;
export type Programme = CollectionEntry<'programmes'>;
export type Studiegebied = CollectionEntry<'studiegebieden'>;
export type Beroep = CollectionEntry<'beroepen'>;
export type TranslationPage = CollectionEntry<'translations'>;

const contentDir = process.env.RW_CONTENT_DIR ?? 'content';

async function load() {
  const studies = (await getCollection('studies')).sort((a, b) =>
    schoolOrder(a.data).localeCompare(schoolOrder(b.data), 'nl'),
  );
  const glossary = (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl'));
  const guides = await getCollection('guides');
  const withFile = <T extends { id: string; body?: string }>(collection: string, entries: T[]) =>
    entries.map((e) => ({ ...e, file: `${contentDir}/${collection}/${e.id}.md`, body: e.body ?? '' }));
  const problems = validateContent({
    studies: withFile('studies', studies),
    glossary: withFile('glossary', glossary),
    guides: withFile('guides', guides),
    guidesFolder: `${contentDir}/guides/`,
  });
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} broken reference(s) or link(s):\n${formatProblems(problems)}`);
  }
  const programmes = (await getCollection('programmes')).sort((a, b) => programmeOrder(a.data).localeCompare(programmeOrder(b.data), 'nl'));
  const studiegebieden = (await getCollection('studiegebieden')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
  const programmeProblems = validateProgrammes(
    programmes.map((p) => ({ id: p.id, file: `${contentDir}/programmes/${p.id}.md`, name: p.data.name, kind: p.data.kind, studiegebied: p.data.studiegebied })),
    studiegebieden.map((s) => ({ id: s.id, file: `${contentDir}/studiegebieden/${s.id}.yaml` })),
  ).concat(
    validateAansluiting(
      programmes.map((p) => ({ file: `${contentDir}/programmes/${p.id}.md`, aansluiting: p.data.aansluiting })),
      new Map(studies.map((s) => [s.id, { kind: s.data.kind, graad: s.data.graad }])),
    ),
  );
  if (programmeProblems.length > 0) throw new Error(`De opleidingen hoger onderwijs kloppen niet:\n${formatProblems(programmeProblems)}`);
  const beroepData = await loadBeroepen(studies, programmes);
  const translations = await loadTranslations(glossary, guides);
  const domains = (await getCollection('domains')).sort((a, b) => a.data.order - b.data.order);
  // The file loader keeps the order of the YAML file, which is the order of the questionnaire.
  const questions = (await getCollection('questions')).map((q) => q.data);
  const questionProblems = checkQuestionnaire(questions, QUESTIONS_FILE);
  if (questionProblems.length > 0) throw new Error(`De vragenlijst klopt niet:\n${formatProblems(questionProblems)}`);
  const weights = parseWeights(readFileSync(WEIGHTS_FILE, 'utf8'), WEIGHTS_FILE);
  const schools = (await getCollection('schools')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl') || a.id.localeCompare(b.id));
  const schoolProblems = validateSchools(
    schools.map((s) => ({ file: `${contentDir}/schools/${s.id}.json`, data: s.data })),
    studies.map((s) => s.id),
  );
  if (schoolProblems.length > 0) throw new Error(`De scholen verwijzen naar onbekende studies of scholen:\n${formatProblems(schoolProblems)}`);
  const schoolsByStudy = new Map<string, School[]>();
  for (const school of schools) for (const id of school.data.studies) schoolsByStudy.set(id, [...(schoolsByStudy.get(id) ?? []), school]);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const previous = previousSteps(studies.map((s) => ({ id: s.id, next: s.data.next })));
  const domainById = new Map(domains.map((d) => [d.id as DomainId, d]));
  const routeCatalogue = new RouteCatalogue(
    studies.map((s) => toRouteStudy(s.id, s.data)),
    programmes.map((p) => toRouteProgramme(p.id, p.data)),
  );
  // The aansluiting's view of the programmes (study pages, programme pages, /data/aansluiting.json for the questionnaire).
  const hoData = toHoData(programmes, studiegebieden);
  return { studies, domains, glossary, guides, byId, previous, domainById, routeCatalogue, questions, weights, schools, schoolsByStudy, translations, programmes, studiegebieden, hoData, ...beroepData };
}

/** The beroepen with what leads to each, checked against the study pages and programmes that name them. */
async function loadBeroepen(studies: Study[], programmes: Programme[]) {
  const beroepen = (await getCollection('beroepen')).sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
  const nodes = beroepen.map((b) => ({ id: b.id, file: `${contentDir}/beroepen/${b.id}.yaml`, name: b.data.name, synonyms: b.data.synonyms }));
  const studyNodes = studies.map((s) => ({ id: s.id, file: `${contentDir}/studies/${s.id}.md`, beroepen: s.data.beroepen }));
  const programmeNodes = programmes.map((p) => ({ id: p.id, file: `${contentDir}/programmes/${p.id}.md`, beroepen: p.data.beroepen }));
  // A fixture folder without beroepen tests something else; the real content is checked in full.
  if (existsSync(`${contentDir}/beroepen`)) {
    const problems = validateBeroepen(nodes, studyNodes, programmeNodes);
    if (problems.length > 0) throw new Error(`De beroepen kloppen niet:\n${formatProblems(problems)}`);
  }
  return { beroepen, beroepIndex: beroepIndex(nodes), beroepLinks: beroepLinks(nodes, studyNodes, programmeNodes) };
}

/** The home-language versions per language, checked for completeness against the Dutch glossary and pages. */
async function loadTranslations(glossary: GlossaryTerm[], guides: CollectionEntry<'guides'>[]) {
  const pages = await getCollection('translations');
  const glossaries = await getCollection('translationGlossaries');
  const labels = await getCollection('translationLanguages');
  const langOf = (id: string) => id.split('/')[0]!;
  const langs = [...new Set([...pages, ...glossaries, ...labels].map((e) => langOf(e.id)))].sort();
  const dir = `${contentDir}/translations`;
  const languages = langs.map((lang) => {
    const glossaryEntry = glossaries.find((g) => langOf(g.id) === lang);
    const labelEntry = labels.find((l) => langOf(l.id) === lang);
    return {
      lang,
      folder: `${dir}/${lang}`,
      pages: pages
        .filter((p) => langOf(p.id) === lang)
        .map((entry) => ({ id: entry.id.slice(lang.length + 1), file: `${dir}/${entry.id}.md`, body: entry.body ?? '', data: entry.data, entry })),
      glossary: glossaryEntry && { file: `${dir}/${lang}/glossary.yaml`, data: glossaryEntry.data },
      language: labelEntry && { file: `${dir}/${lang}/language.yaml`, data: labelEntry.data },
    };
  });
  if (!existsSync(dir)) return languages;
  const dutchGlossary = glossary.map((g) => ({ id: g.id, term: g.data.term, aliases: g.data.aliases }));
  const problems = checkTranslations({
    dutchGlossary,
    pages: MARKDOWN_PAGES,
    linkable: TRANSLATED_PAGES.map((p) => p.id),
    dutchTermsOfPage: dutchTermsOfPages(guides.map((g) => ({ id: g.id, body: g.body ?? '' })), (text) => termIdsIn(text, dutchGlossary)),
    languages,
  });
  if (problems.length > 0) throw new Error(`De vertalingen zijn niet volledig:\n${formatProblems(problems)}`);
  return languages;
}

let cache: ReturnType<typeof load> | undefined;

/** All content with its indexes; loaded and checked once per build. */
export function content() {
  cache ??= load();
  return cache;
}

export function studiesByIds(byId: Map<string, Study>, ids: string[]): Study[] {
  return ids.map((id) => byId.get(id)).filter((s): s is Study => s !== undefined);
}
