/**
 * Creates the content pages of higher education from the verified data in scripts/data/ho-programmes.json: one
 * Markdown file per programme in content/programmes/ and one YAML file per studiegebied in content/studiegebieden/.
 * A record may carry its own `checked` date (the day its facts were last read); otherwise the data's date applies.
 * A study load that was not verified is `credits: null` / `years: null` in the data and stays null on the page.
 * Existing files are never overwritten; for an existing page the script prints the fields where the page and the
 * data differ. The data is the one place to edit: a test fails while a page and the data disagree, so after
 * editing the data, delete the page and run the script again.
 *
 *   npx tsx scripts/generate-programmes.ts [content-folder]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { hoProgrammeSchema } from '../src/schemas/ho-programme.ts';
import { studiegebiedSchema } from '../src/schemas/studiegebied.ts';

const root = new URL('..', import.meta.url).pathname;
const contentDir = resolve(process.argv[2] ?? join(root, 'content'));
const data = JSON.parse(readFileSync(join(root, 'scripts/data/ho-programmes.json'), 'utf8')) as {
  checked: string;
  studiegebieden: ({ id: string } & Record<string, unknown>)[];
  programmes: ({ id: string } & Record<string, unknown>)[];
};


function write(dir: string, id: string, extension: '.md' | '.yaml', fields: Record<string, unknown>, schema: typeof hoProgrammeSchema | typeof studiegebiedSchema) {
  const result = schema.safeParse(fields);
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`scripts/data/ho-programmes.json › ${id}: ${issues}`);
  }
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id}${extension}`);
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    const existing = parse(extension === '.md' ? (text.split(/^---$/m)[1] ?? '') : text) as Record<string, unknown>;
    // Every field is compared: the pages must say what the data says (tests/unit/generate-programmes.test.ts).
    const keys = [...new Set([...Object.keys(fields), ...Object.keys(existing)])];
    const differs = keys.filter((k) => JSON.stringify(existing[k]) !== JSON.stringify(k === 'checked' ? String(fields[k]) : fields[k]));
    if (differs.length > 0) console.log(`≠ ${file}: ${differs.join(', ')} verschilt van de data (niet overschreven)`);
    return false;
  }
  const yaml = stringify(fields, { lineWidth: 0 });
  writeFileSync(file, extension === '.md' ? `---\n${yaml}---\n` : yaml);
  return true;
}

let added = 0;
for (const { id, ...fields } of data.studiegebieden) {
  if (write(join(contentDir, 'studiegebieden'), id, '.yaml', { checked: data.checked, ...fields }, studiegebiedSchema)) added += 1;
}
for (const { id, ...fields } of data.programmes) {
  if (write(join(contentDir, 'programmes'), id, '.md', { checked: data.checked, ...fields }, hoProgrammeSchema)) added += 1;
}
console.log(`${added} files added; ${data.programmes.length} programmes and ${data.studiegebieden.length} studiegebieden in the data.`);
