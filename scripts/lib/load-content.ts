/**
 * Reads the content folder the way the Astro build does (front matter + schema per collection) and reports every
 * problem with its file and field, without starting Astro. Used by scripts/check-content.ts, the CLI and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
// js-yaml, the parser Astro itself uses for front matter and YAML data files: the same values as the build (dates
// included), and about 6× faster than the yaml package over a thousand files, which every CLI call pays.
import { load as parse } from 'js-yaml';
import type { z } from 'astro/zod';
import { domainSchema, type DomainData } from '../../src/schemas/domain.ts';
import { glossarySchema, type GlossaryData } from '../../src/schemas/glossary.ts';
import { guideSchema, type GuideData } from '../../src/schemas/guide.ts';
import { studySchema, type StudyData } from '../../src/schemas/study.ts';
import { questionSchema, type Question } from '../../src/schemas/question.ts';
import { parseWeights, type SuggestWeights } from '../../src/schemas/weights.ts';
import { checkQuestionnaire } from '../../src/lib/questionnaire/check.ts';
import { schoolSchema, type SchoolData } from '../../src/schemas/school.ts';
import { validateSchools } from '../../src/lib/schools/validate-schools.ts';
import type { ContentProblem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate-content.ts';
import { hoProgrammeSchema, type HoProgrammeData } from '../../src/schemas/ho-programme.ts';
import { studiegebiedSchema, type StudiegebiedData } from '../../src/schemas/studiegebied.ts';
import { validateAansluiting, validateProgrammes } from '../../src/lib/content/validate-programmes.ts';
import { beroepSchema, type BeroepData } from '../../src/schemas/beroep.ts';
import { validateBeroepen } from '../../src/lib/content/validate-beroepen.ts';
import { checkTranslations, termIdsIn, type LanguageFiles } from '../../src/lib/translations/check.ts';
import { MARKDOWN_PAGES, TRANSLATED_PAGES, dutchTermsOfPages } from '../../src/lib/translations/pages.ts';
import {
  translationGlossarySchema,
  translationLanguageSchema,
  translationPageSchema,
  type TranslationGlossaryData,
  type TranslationLanguageData,
  type TranslationPageData,
} from '../../src/schemas/translation.ts';

export interface Entry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
}

export interface LoadedContent {
  studies: Entry<StudyData>[];
  domains: Entry<DomainData>[];
  glossary: Entry<GlossaryData>[];
  guides: Entry<GuideData>[];
  questions: Question[];
  weights: SuggestWeights | null;
  schools: Entry<SchoolData>[];
  programmes: Entry<HoProgrammeData>[];
  studiegebieden: Entry<StudiegebiedData>[];
  beroepen: Entry<BeroepData>[];
  translations: LoadedLanguage[];
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readCollection<S extends z.ZodTypeAny>(
  root: string,
  dir: string,
  extension: Extension,
  schema: S,
  problems: ContentProblem[],
  repoRoot: string,
): Entry<z.output<S>>[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .filter((name) => name.endsWith(extension))
    .flatMap((name) => readEntry(join(folder, name), name.slice(0, -extension.length), extension, schema, problems, repoRoot) ?? []);
}

type Extension = '.md' | '.yaml' | '.json';

/** One content file checked against its schema, or undefined with its problems (each naming file and field). */
function readEntry<S extends z.ZodTypeAny>(path: string, id: string, extension: Extension, schema: S, problems: ContentProblem[], repoRoot: string): Entry<z.output<S>> | undefined {
  const file = relative(repoRoot, path);
  const text = readFileSync(path, 'utf8');
  let raw: unknown;
  let body = '';
  try {
    if (extension === '.md') {
      const match = FRONTMATTER.exec(text);
      if (!match) {
        problems.push({ file, field: '', message: 'het bestand begint niet met front matter tussen twee regels ---' });
        return undefined;
      }
      raw = parse(match[1]!);
      body = match[2] ?? '';
    } else if (extension === '.json') {
      // JSON.parse, not the YAML parser: over 2,000 school records it is 150× faster.
      raw = JSON.parse(text);
    } else {
      raw = parse(text);
    }
  } catch (error) {
    problems.push({ file, field: '', message: `ongeldige ${extension === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}` });
    return undefined;
  }
  const result = schema.safeParse(raw ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file, field: issue.path.join('.'), message: issue.message });
    return undefined;
  }
  return { id, file, data: result.data, body };
}

function listIds(folder: string, extension: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith(extension))
        .map((name) => name.slice(0, -extension.length))
    : [];
}

export function loadContent(contentRoot: string, repoRoot = join(contentRoot, '..')): LoadedContent {
  const problems: ContentProblem[] = [];
  const studies = readCollection(contentRoot, 'studies', '.md', studySchema, problems, repoRoot);
  const domains = readCollection(contentRoot, 'domains', '.yaml', domainSchema, problems, repoRoot);
  const glossary = readCollection(contentRoot, 'glossary', '.md', glossarySchema, problems, repoRoot);
  const guides = readCollection(contentRoot, 'guides', '.md', guideSchema, problems, repoRoot);
  problems.push(
    ...validateContent({
      studies,
      glossary,
      guides,
      studyIds: listIds(join(contentRoot, 'studies'), '.md'),
      glossaryIds: listIds(join(contentRoot, 'glossary'), '.md'),
      guideIds: listIds(join(contentRoot, 'guides'), '.md'),
      guidesFolder: `${relative(repoRoot, join(contentRoot, 'guides'))}/`,
    }),
  );
  const { questions, weights } = readQuestionnaire(contentRoot, repoRoot, problems);
  const schools = readCollection(contentRoot, 'schools', '.json', schoolSchema, problems, repoRoot);
  problems.push(...validateSchools(schools, listIds(join(contentRoot, 'studies'), '.md')));
  const programmes = readCollection(contentRoot, 'programmes', '.md', hoProgrammeSchema, problems, repoRoot);
  const studiegebieden = readCollection(contentRoot, 'studiegebieden', '.yaml', studiegebiedSchema, problems, repoRoot);
  problems.push(
    ...validateProgrammes(
      programmes.map((p) => ({ id: p.id, file: p.file, name: p.data.name, kind: p.data.kind, studiegebied: p.data.studiegebied })),
      studiegebieden,
      listIds(join(contentRoot, 'studiegebieden'), '.yaml'),
    ),
    ...validateAansluiting(
      programmes.map((p) => ({ file: p.file, aansluiting: p.data.aansluiting })),
      new Map(studies.map((s) => [s.id, { kind: s.data.kind, graad: s.data.graad }])),
    ),
  );
  const beroepen = readCollection(contentRoot, 'beroepen', '.yaml', beroepSchema, problems, repoRoot);
  // A fixture folder without beroepen tests something else; the real content is checked by tests/unit.
  if (existsSync(join(contentRoot, 'beroepen'))) {
    problems.push(
      ...validateBeroepen(
        beroepen.map((b) => ({ id: b.id, file: b.file, name: b.data.name, synonyms: b.data.synonyms })),
        studies.map((s) => ({ id: s.id, file: s.file, beroepen: s.data.beroepen })),
        programmes.map((p) => ({ id: p.id, file: p.file, beroepen: p.data.beroepen })),
      ),
    );
  }
  const translations = readTranslations(contentRoot, repoRoot, glossary, guides, problems);
  return { translations, studies, domains, glossary, guides, questions, weights, schools, programmes, studiegebieden, beroepen, problems };
}

export interface LoadedLanguage {
  lang: string;
  pages: Entry<TranslationPageData>[];
  glossary?: Entry<TranslationGlossaryData>;
  language?: Entry<TranslationLanguageData>;
}

/** One YAML file with its schema (its id is its path), or undefined when it is missing or invalid. */
function readYamlFile<S extends z.ZodTypeAny>(path: string, schema: S, problems: ContentProblem[], repoRoot: string): Entry<z.output<S>> | undefined {
  return existsSync(path) ? readEntry(path, relative(repoRoot, path), '.yaml', schema, problems, repoRoot) : undefined;
}

/** content/translations/<lang>/: the pages, the glossary and the frame labels, with the completeness checks. */
function readTranslations(
  contentRoot: string,
  repoRoot: string,
  glossary: Entry<GlossaryData>[],
  guides: Entry<GuideData>[],
  problems: ContentProblem[],
): LoadedLanguage[] {
  const root = join(contentRoot, 'translations');
  // A fixture folder without translations tests something else; the real content is checked by tests/unit.
  if (!existsSync(root)) return [];
  const languages = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((lang) => ({
      lang,
      pages: readCollection(root, lang, '.md', translationPageSchema, problems, repoRoot),
      glossary: readYamlFile(join(root, lang, 'glossary.yaml'), translationGlossarySchema, problems, repoRoot),
      language: readYamlFile(join(root, lang, 'language.yaml'), translationLanguageSchema, problems, repoRoot),
    }));
  const files: LanguageFiles[] = languages.map((l) => ({ ...l, folder: relative(repoRoot, join(root, l.lang)) }));
  const dutchGlossary = glossary.map((g) => ({ id: g.id, term: g.data.term, aliases: g.data.aliases }));
  problems.push(
    ...checkTranslations({
      dutchGlossary,
      pages: MARKDOWN_PAGES,
      linkable: TRANSLATED_PAGES.map((p) => p.id),
      dutchTermsOfPage: dutchTermsOfPages(guides, (text) => termIdsIn(text, dutchGlossary)),
      languages: files,
    }),
  );
  return languages;
}

/** The questionnaire and the engine's weights (content/questionnaire), with the same checks as the build. */
function readQuestionnaire(contentRoot: string, repoRoot: string, problems: ContentProblem[]) {
  const questions: Question[] = [];
  let weights: SuggestWeights | null = null;
  const questionsPath = join(contentRoot, 'questionnaire', 'questions.yaml');
  const weightsPath = join(contentRoot, 'questionnaire', 'weights.yaml');
  if (!existsSync(questionsPath)) return { questions, weights };
  const file = relative(repoRoot, questionsPath);
  try {
    const raw = parse(readFileSync(questionsPath, 'utf8'));
    if (!Array.isArray(raw)) problems.push({ file, field: '', message: 'het bestand moet een lijst van vragen zijn' });
    else {
      raw.forEach((entry, index) => {
        const result = questionSchema.safeParse(entry);
        if (result.success) questions.push(result.data);
        else for (const issue of result.error.issues) problems.push({ file, field: [index, ...issue.path].join('.'), message: issue.message });
      });
      problems.push(...checkQuestionnaire(questions, file));
    }
  } catch (error) {
    problems.push({ file, field: '', message: `ongeldige YAML: ${(error as Error).message.split('\n')[0]}` });
  }
  if (existsSync(weightsPath)) {
    try {
      weights = parseWeights(readFileSync(weightsPath, 'utf8'), relative(repoRoot, weightsPath));
    } catch (error) {
      problems.push({ file: relative(repoRoot, weightsPath), field: '', message: (error as Error).message });
    }
  }
  if (weights) {
    // The single items are named by id in weights.yaml: a typo would silently never count.
    const file = relative(repoRoot, weightsPath);
    const items = new Set(questions.filter((q) => q.soort === 'interesse').map((q) => q.id));
    for (const id of Object.keys(weights.vragen.woorden)) {
      if (!items.has(id)) problems.push({ file, field: `vragen.woorden.${id}`, message: `geen interessevraag met id "${id}" in questions.yaml` });
    }
    for (const id of items) {
      if (!(id in weights.vragen.woorden)) problems.push({ file, field: `vragen.woorden`, message: `de interessevraag "${id}" heeft geen woorden` });
    }
  }
  return { questions, weights };
}
