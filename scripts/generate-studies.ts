/**
 * Creates a Markdown page in content/studies/ for every studierichting of graad 2 and 3 and every 7de jaar in the
 * official catalogue (scripts/data/official-catalogue.json) that has no page yet. Existing pages are never touched,
 * so it is safe to run again after the catalogue changes: it prints what it added and which codes no page covers.
 *
 *   npx tsx scripts/generate-studies.ts
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  DOMAIN_IDS,
  FINALITEIT_IDS,
  isGradeTwoOrThree,
  studyGroupKey,
  type OfficialEntry,
} from '../src/lib/content/official-catalogue.ts';
import { slugify } from '../src/lib/content/slug.ts';

const root = new URL('..', import.meta.url).pathname;
const catalogue: OfficialEntry[] = JSON.parse(readFileSync(join(root, 'scripts/data/official-catalogue.json'), 'utf8'));
const expansions: Record<string, string> = JSON.parse(
  readFileSync(join(root, 'scripts/data/full-names.json'), 'utf8'),
).names;
const studiesDir = join(root, 'content/studies');

const groups = new Map<string, OfficialEntry[]>();
for (const entry of catalogue.filter(isGradeTwoOrThree)) {
  const key = studyGroupKey(entry, expansions);
  groups.set(key, [...(groups.get(key) ?? []), entry]);
}

const namesWithSeveralFinaliteiten = new Set<string>();
const seen = new Map<string, string>();
/** The three parts of a group key: level ('2', '3' or '7'), official finaliteit ('' if none), full name. */
function parts(key: string): [string, string, string] {
  const [level = '', finaliteit = '', name = ''] = key.split('|');
  return [level, finaliteit, name];
}

for (const key of groups.keys()) {
  const [level, finaliteit, name] = parts(key);
  const other = seen.get(`${level}|${name}`);
  if (other !== undefined && other !== finaliteit) namesWithSeveralFinaliteiten.add(`${level}|${name}`);
  seen.set(`${level}|${name}`, finaliteit);
}

const LEVEL_SUFFIX: Record<string, string> = { '2': '2de-graad', '3': '3de-graad', '7': '7de-jaar' };
const FINALITEIT_TEXT: Record<string, string> = {
  doorstroom: 'doorstroomfinaliteit',
  'dubbele-finaliteit': 'dubbele finaliteit',
  arbeidsmarkt: 'arbeidsmarktfinaliteit',
};
const BALANCE: Record<string, string> = {
  doorstroom: 'theorie',
  'dubbele-finaliteit': 'evenwicht',
  arbeidsmarkt: 'praktijk',
};

const checked = new Date().toISOString().slice(0, 10);
const unique = <T,>(values: T[]) => [...new Set(values)];
let added = 0;

for (const [key, entries] of groups) {
  const [level, officialFinaliteit, name] = parts(key);
  const finaliteit = officialFinaliteit ? FINALITEIT_IDS[officialFinaliteit] : null;
  const finaliteitPart = namesWithSeveralFinaliteiten.has(`${level}|${name}`) && finaliteit ? `-${finaliteit}` : '';
  const id = `${slugify(name)}${finaliteitPart}-${LEVEL_SUFFIX[level]}`;
  const file = join(studiesDir, `${id}.md`);
  if (existsSync(file)) continue;

  const regular = entries.filter((e) => !e.duaal);
  const duaal = entries.filter((e) => e.duaal);
  const domains = unique(entries.map((e) => DOMAIN_IDS[e.domein ?? ''] ?? null).filter((d): d is string => d !== null));
  const graad = level === '2' ? 2 : 3;
  const leerjaren = level === '2' ? [3, 4] : level === '3' ? [5, 6] : [7];
  const onderwijsvorm = unique(
    entries.flatMap((e) => e.onderwijsvormen.map((v) => v.toLowerCase())).filter((v) => ['aso', 'tso', 'kso', 'bso'].includes(v)),
  );
  const where = level === '7' ? 'een 7de jaar (3de leerjaar van de 3de graad)' : `een studierichting in de ${graad}de graad`;
  const finaliteitText = finaliteit ? ` met ${FINALITEIT_TEXT[finaliteit]}` : '';
  const summary = `${name} is ${where}${finaliteitText}.`;

  const frontmatter = {
    name,
    kind: level === '7' ? 'zevende-jaar' : 'studierichting',
    graad,
    leerjaren,
    stroom: null,
    finaliteit,
    domein: domains,
    onderwijsvorm,
    codes: regular.map((e) => e.code),
    duaal: duaal.length === 0 ? 'nee' : regular.length === 0 ? 'enkel' : 'ook',
    duaalCodes: duaal.map((e) => e.code),
    summary,
    profile: '',
    balance: finaliteit ? BALANCE[finaliteit] : 'praktijk',
    subjects: [],
    next: [],
    beroepen: [],
    synonyms: [],
    source: {
      title: 'Onderwijs Vlaanderen, open data: catalogus van het voltijds secundair onderwijs (administratieve groepen)',
      url: 'https://onderwijs.api.vlaanderen.be/',
    },
    checked,
  };
  writeFileSync(file, `---\n${stringify(frontmatter, { lineWidth: 0 })}---\n`);
  added += 1;
}

const covered = new Set(
  readdirSync(studiesDir)
    .filter((f) => f.endsWith('.md'))
    .flatMap((f) => [...readFileSync(join(studiesDir, f), 'utf8').matchAll(/^\s*-\s*['"]?(\S+?)['"]?$/gm)].map((m) => m[1])),
);
const uncovered = catalogue.filter((e) => isGradeTwoOrThree(e) && !covered.has(e.code));
console.log(`${added} study pages added, ${groups.size} studierichtingen and 7de jaren in the catalogue.`);
if (uncovered.length > 0) console.log(`Codes without a page: ${uncovered.map((e) => e.code).join(', ')}`);
