/**
 * Loads every collection once per build, checks the references between files, and derives the indexes the pages
 * use. Pages import from here instead of querying collections themselves.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { QUESTIONS_FILE, WEIGHTS_FILE } from './content.config.ts';
import { checkQuestionnaire } from './lib/questionnaire/check.ts';
import { validateSchools } from './lib/schools/validate-schools.ts';
import { parseWeights } from './schemas/weights.ts';
import { formatProblems } from './lib/content/problems.ts';
import { validateContent } from './lib/content/validate-content.ts';
import { previousSteps, schoolOrder } from './lib/content/study-view.ts';
import type { DomainId } from './schemas/enums.ts';
import { RouteCatalogue } from './lib/routes/catalogue.ts';
import { toRouteStudy } from './lib/routes/route-study.ts';

export type Study = CollectionEntry<'studies'>;
export type Domain = CollectionEntry<'domains'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;
export type School = CollectionEntry<'schools'>;

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
  });
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} broken reference(s) or link(s):\n${formatProblems(problems)}`);
  }
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
  const routeCatalogue = new RouteCatalogue(studies.map((s) => toRouteStudy(s.id, s.data)));
  return { studies, domains, glossary, guides, byId, previous, domainById, routeCatalogue, questions, weights, schools, schoolsByStudy };
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
