/**
 * Reads the content folder the way the Astro build does (front matter + schema per collection) and reports every
 * problem with its file and field, without starting Astro. Used by scripts/check-content.ts, the CLI and the tests.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
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
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function readCollection<S extends z.ZodTypeAny>(
  root: string,
  dir: string,
  extension: '.md' | '.yaml' | '.json',
  schema: S,
  problems: ContentProblem[],
  repoRoot: string,
): Entry<z.output<S>>[] {
  const folder = join(root, dir);
  if (!existsSync(folder)) return [];
  const entries: Entry<z.output<S>>[] = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith(extension)) continue;
    const path = join(folder, name);
    const file = relative(repoRoot, path);
    const text = readFileSync(path, 'utf8');
    let raw: unknown;
    let body = '';
    try {
      if (extension === '.md') {
        const match = FRONTMATTER.exec(text);
        if (!match) {
          problems.push({ file, field: '', message: 'het bestand begint niet met front matter tussen twee regels ---' });
          continue;
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
      continue;
    }
    const result = schema.safeParse(raw ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file, field: issue.path.join('.'), message: issue.message });
      }
      continue;
    }
    entries.push({ id: name.slice(0, -extension.length), file, data: result.data, body });
  }
  return entries;
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
    }),
  );
  const { questions, weights } = readQuestionnaire(contentRoot, repoRoot, problems);
  const schools = readCollection(contentRoot, 'schools', '.json', schoolSchema, problems, repoRoot);
  problems.push(...validateSchools(schools, listIds(join(contentRoot, 'studies'), '.md')));
  return { studies, domains, glossary, guides, questions, weights, schools, problems };
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
  return { questions, weights };
}
