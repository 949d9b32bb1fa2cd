/**
 * Loads every collection once per build, checks the references between files, and derives the indexes the pages
 * use. Pages import from here instead of querying collections themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatProblems } from './lib/content/problems.ts';
import { codeScope, validateStudyGraph } from './lib/content/validate-graph.ts';
import { brokenLinks, knownPaths } from './lib/content/internal-links.ts';
import { previousSteps, schoolOrder } from './lib/content/study-view.ts';
import type { DomainId } from './schemas/enums.ts';

export type Study = CollectionEntry<'studies'>;
export type Domain = CollectionEntry<'domains'>;
export type GlossaryTerm = CollectionEntry<'glossary'>;

const contentDir = process.env.RW_CONTENT_DIR ?? 'content';

async function load() {
  const studies = (await getCollection('studies')).sort((a, b) =>
    schoolOrder(a.data).localeCompare(schoolOrder(b.data), 'nl'),
  );
  const problems = validateStudyGraph(
    studies.map((s) => ({
      id: s.id,
      file: `${contentDir}/studies/${s.id}.md`,
      next: s.data.next,
      codes: s.data.codes,
      duaalCodes: s.data.duaalCodes,
      codeScope: codeScope(s.data),
    })),
  );
  const glossary = (await getCollection('glossary')).sort((a, b) => a.data.term.localeCompare(b.data.term, 'nl'));
  const guides = await getCollection('guides');
  const paths = knownPaths(studies.map((s) => s.id));
  const glossaryIds = new Set(glossary.map((g) => g.id));
  for (const [collection, entries] of [['studies', studies], ['glossary', glossary], ['guides', guides]] as const) {
    for (const entry of entries) {
      problems.push(...brokenLinks(`${contentDir}/${collection}/${entry.id}.md`, entry.body ?? '', paths, glossaryIds));
    }
  }
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} broken reference(s) or link(s):\n${formatProblems(problems)}`);
  }
  const domains = (await getCollection('domains')).sort((a, b) => a.data.order - b.data.order);
  const byId = new Map(studies.map((s) => [s.id, s]));
  const previous = previousSteps(studies.map((s) => ({ id: s.id, next: s.data.next })));
  const domainById = new Map(domains.map((d) => [d.id as DomainId, d]));
  return { studies, domains, glossary, guides, byId, previous, domainById };
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
