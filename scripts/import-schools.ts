/**
 * Imports schools from the official data of the Flemish education administration and writes one JSON record per
 * school location, plus a report of what could not be used. Three sources, one import:
 *
 *   npx tsx scripts/import-schools.ts --flanders scripts/data/schools-flanders.json --out content/schools --prune \
 *     --checked 2026-09-01 --school-year 2026-2027 [--report <file>]        # the compact copy of the whole export (scripts/data/README.md)
 *   npx tsx scripts/import-schools.ts --export vestigingen.json --out <folder>      # the public export format
 *   npx tsx scripts/import-schools.ts --saved <folder> --out <folder>               # saved API pages (<endpoint>-page-<n>.json)
 *   ONDERWIJS_API_KEY=… npx tsx scripts/import-schools.ts --api [--save-to <folder>] --out <folder>
 *
 * Each record gets a source (its official page) and the date of the import (--checked, default today).
 * The run is idempotent: the same input writes the same files. Nothing is deleted unless --prune is given.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toRouteStudy } from '../src/lib/routes/route-study.ts';
import { expandFlanders, type FlandersFile } from '../src/lib/schools/flanders.ts';
import { collectPages, exportFromApi, importExport } from '../src/lib/schools/import.ts';
import { loadContent } from './lib/load-content.ts';

const API = 'https://onderwijs.api.vlaanderen.be/instellingsgegevens';
/** Endpoints and filters as documented in shared/reference/data-sources.md. */
const ENDPOINTS = {
  instellingslocatie: '/instellingslocatie/v1/instellingslocatie?filter_instellingslocatie_hoofdstructuur=311',
  instelling: '/instelling/v2/instelling?filter_instelling_niveau=SO',
  ingerichteadministratievegroep: '/onderwijsaanbod_so/v2/ingerichteadministratievegroep',
} as const;
type Endpoint = keyof typeof ENDPOINTS;

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(2);
};

async function fetchPages(endpoint: Endpoint, key: string, saveTo?: string): Promise<unknown[]> {
  const pages: unknown[] = [];
  for (let page = 0; ; page++) {
    const separator = ENDPOINTS[endpoint].includes('?') ? '&' : '?';
    // The API pages with `page` and `size`; `number` is silently ignored (data-sources.md).
    const response = await fetch(`${API}${ENDPOINTS[endpoint]}${separator}page=${page}&size=500`, { headers: { 'x-api-key': key } });
    if (!response.ok) fail(`${endpoint}: HTTP ${response.status} op pagina ${page}`);
    const body = (await response.json()) as { meta?: { last?: boolean } };
    pages.push(body);
    if (saveTo) writeFileSync(join(saveTo, `${endpoint}-page-${page}.json`), `${JSON.stringify(body)}\n`);
    if (body.meta?.last !== false) return pages;
  }
}

function savedPages(folder: string, endpoint: Endpoint): unknown[] {
  const files = readdirSync(folder)
    .map((name) => ({ name, n: new RegExp(`^${endpoint}-page-(\\d+)\\.json$`).exec(name)?.[1] }))
    .filter((f): f is { name: string; n: string } => f.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n));
  return files.map((f) => JSON.parse(readFileSync(join(folder, f.name), 'utf8')));
}

async function main() {
  const out = value('--out') ?? fail('Geef met --out de map waarin de scholen komen.');

  let records: unknown[];
  const problems: string[] = [];
  const exportFile = value('--export');
  const flandersFile = value('--flanders');
  const saved = value('--saved');
  if (flandersFile) {
    const data = JSON.parse(readFileSync(flandersFile, 'utf8')) as FlandersFile;
    if (!data || !Array.isArray(data.locations) || typeof data.codes !== 'object') fail(`${flandersFile} heeft niet de vorm { source, codes, locations }.`);
    records = expandFlanders(data);
  } else if (exportFile) {
    const data: unknown = JSON.parse(readFileSync(exportFile, 'utf8'));
    if (!Array.isArray(data)) fail(`${exportFile} is geen lijst van vestigingen.`);
    records = data as unknown[];
  } else if (saved || args.includes('--api')) {
    const key = process.env.ONDERWIJS_API_KEY;
    if (!saved && !key) fail('Zet de API-sleutel in ONDERWIJS_API_KEY, of gebruik --saved of --export.');
    const saveTo = value('--save-to');
    if (saveTo) mkdirSync(saveTo, { recursive: true });
    const get = async (endpoint: Endpoint) => {
      const pages = saved ? savedPages(saved, endpoint) : await fetchPages(endpoint, key!, saveTo);
      const joined = collectPages(pages, endpoint);
      problems.push(...joined.problems);
      return joined.content;
    };
    const joined = exportFromApi(await get('instellingslocatie'), await get('instelling'), await get('ingerichteadministratievegroep'));
    problems.push(...joined.problems);
    records = joined.records;
  } else {
    return fail('Kies een bron: --flanders <bestand>, --export <bestand>, --saved <map> of --api.');
  }

  const checked = value('--checked') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(checked)) fail('--checked moet een datum JJJJ-MM-DD zijn.');
  const stamp = {
    sourceTitle: value('--source-title') ?? 'Onderwijs Vlaanderen, open data: instellingsgegevens en onderwijsaanbod secundair onderwijs',
    fallbackUrl: 'https://data-onderwijs.vlaanderen.be/onderwijsaanbod/',
    checked,
    ...(value('--school-year') ? { schoolYear: value('--school-year')! } : {}),
  };
  if (stamp.schoolYear && !/^\d{4}-\d{4}$/.test(stamp.schoolYear)) fail('--school-year moet de vorm JJJJ-JJJJ hebben, bv. 2026-2027.');
  // Loaded only now, so a wrong call fails fast.
  const studies = loadContent('content').studies.map((s) => toRouteStudy(s.id, s.data));
  const { schools, report } = importExport(records, studies, stamp);
  mkdirSync(out, { recursive: true });
  const written = new Set<string>();
  for (const school of schools) {
    const file = join(out, `${school.id}.json`);
    const text = `${JSON.stringify(school, null, 2)}\n`;
    written.add(`${school.id}.json`);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  if (args.includes('--prune')) {
    for (const name of readdirSync(out)) if (name.endsWith('.json') && !written.has(name)) rmSync(join(out, name));
  }
  const text = `${JSON.stringify({ ...report, sourceProblems: problems }, null, 2)}\n`;
  const reportFile = value('--report');
  if (reportFile) writeFileSync(reportFile, text);
  else process.stdout.write(text);
}

await main();
