/**
 * The cross-file checks on a whole content folder: references between studies (validate-graph.ts) and internal
 * links in Markdown bodies (internal-links.ts). One entry point for the Astro build and the Node checker.
 */
import { GUIDE_PAGES, isGuideId } from './guide-pages.ts';
import { brokenLinks, knownPaths } from './internal-links.ts';
import type { ContentProblem } from './problems.ts';
import { codeScope, validateStudyGraph } from './validate-graph.ts';

interface Entry {
  id: string;
  file: string;
  body: string;
}

export interface ContentToValidate {
  studies: (Entry & {
    data: { next: string[]; codes: string[]; duaalCodes: string[]; graad: number | null; kind: string };
  })[];
  glossary: Entry[];
  guides: Entry[];
  /** Ids of every study and glossary file, including files that failed their schema. */
  studyIds?: string[];
  glossaryIds?: string[];
}

export function validateContent(content: ContentToValidate): ContentProblem[] {
  const studyIds = content.studyIds ?? content.studies.map((s) => s.id);
  const problems = validateStudyGraph(
    content.studies.map((s) => ({
      id: s.id,
      file: s.file,
      next: s.data.next,
      codes: s.data.codes,
      duaalCodes: s.data.duaalCodes,
      codeScope: codeScope(s.data),
    })),
    studyIds,
  );
  const paths = knownPaths(studyIds);
  const glossaryIds = new Set(content.glossaryIds ?? content.glossary.map((g) => g.id));
  for (const entry of [...content.studies, ...content.glossary, ...content.guides]) {
    problems.push(...brokenLinks(entry.file, entry.body, paths, glossaryIds));
  }
  problems.push(...guidePageProblems(content.guides));
  return problems;
}

/** Each guide needs a page (GUIDE_PAGES) and each page its guide; only the real content folder has every guide. */
function guidePageProblems(guides: Entry[]): ContentProblem[] {
  const problems: ContentProblem[] = guides
    .filter((g) => !isGuideId(g.id))
    .map((g) => ({ file: g.file, field: 'id', message: `gids "${g.id}" heeft geen pagina: voeg hem toe aan src/lib/content/guide-pages.ts` }));
  const folder = guides[0]?.file.replace(/[^/]*$/, '');
  if (folder === undefined) return problems;
  const present = new Set(guides.map((g) => g.id));
  for (const id of Object.keys(GUIDE_PAGES)) {
    if (!present.has(id)) problems.push({ file: `${folder}${id}.md`, field: 'id', message: `pagina ${GUIDE_PAGES[id as keyof typeof GUIDE_PAGES]} mist haar gids` });
  }
  return problems;
}
