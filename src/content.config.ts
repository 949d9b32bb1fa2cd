/**
 * Content collections. The content lives in content/ at the top of the repository; RW_CONTENT_DIR points the build
 * at another folder (used by the tests that prove a broken content file fails the build).
 */
import { defineCollection } from 'astro:content';
import { existsSync } from 'node:fs';
import { file, glob } from 'astro/loaders';
import { beroepSchema } from './schemas/beroep.ts';
import { domainSchema } from './schemas/domain.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { guideSchema } from './schemas/guide.ts';
import { hoProgrammeSchema } from './schemas/ho-programme.ts';
import { questionSchema } from './schemas/question.ts';
import { schoolSchema } from './schemas/school.ts';
import { studySchema } from './schemas/study.ts';
import { studiegebiedSchema } from './schemas/studiegebied.ts';
import { translationGlossarySchema, translationLanguageSchema, translationPageSchema } from './schemas/translation.ts';

const contentDir = process.env.RW_CONTENT_DIR ?? './content';
/** A fixture folder without a questionnaire uses the real one, so fixture builds only test what they change. */
const questionnaireDir = existsSync(`${contentDir}/questionnaire/questions.yaml`) ? `${contentDir}/questionnaire` : './content/questionnaire';
export const QUESTIONS_FILE = `${questionnaireDir}/questions.yaml`;
export const WEIGHTS_FILE = `${questionnaireDir}/weights.yaml`;

export const collections = {
  studies: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/studies` }),
    schema: studySchema,
  }),
  domains: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/domains` }),
    schema: domainSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/glossary` }),
    schema: glossarySchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/guides` }),
    schema: guideSchema,
  }),
  schools: defineCollection({
    loader: glob({ pattern: '*.json', base: `${contentDir}/schools` }),
    schema: schoolSchema,
  }),
  /** Programmes of higher education (graduaten and bachelors) and the studiegebieden that group them. */
  programmes: defineCollection({
    loader: glob({ pattern: '*.md', base: `${contentDir}/programmes` }),
    schema: hoProgrammeSchema,
  }),
  studiegebieden: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/studiegebieden` }),
    schema: studiegebiedSchema,
  }),
  /** Beroepen that studies and programmes lead to (content/beroepen/<id>.yaml). */
  beroepen: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/beroepen` }),
    schema: beroepSchema,
  }),
  // Home-language versions of the key pages: content/translations/<lang>/<page>.md, glossary.yaml, language.yaml.
  translations: defineCollection({
    loader: glob({ pattern: '*/*.md', base: `${contentDir}/translations` }),
    schema: translationPageSchema,
  }),
  translationGlossaries: defineCollection({
    loader: glob({ pattern: '*/glossary.yaml', base: `${contentDir}/translations` }),
    schema: translationGlossarySchema,
  }),
  translationLanguages: defineCollection({
    loader: glob({ pattern: '*/language.yaml', base: `${contentDir}/translations` }),
    schema: translationLanguageSchema,
  }),
  questions: defineCollection({
    loader: file(QUESTIONS_FILE),
    schema: questionSchema,
  }),
};
