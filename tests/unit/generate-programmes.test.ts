/** The generator of programme pages: it writes pages that pass the checks and never overwrites a page. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../scripts/lib/load-content.ts';

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'rw-programmes-'));
const run = () => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-programmes.ts', out], { cwd: root, encoding: 'utf8' });
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('generate-programmes', () => {
  it('writes one page per programme and studiegebied of the data, and they pass the checks', () => {
    const data = JSON.parse(readFileSync(join(root, 'scripts/data/ho-programmes.json'), 'utf8'));
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(out, 'programmes'))).toHaveLength(data.programmes.length);
    expect(readdirSync(join(out, 'studiegebieden'))).toHaveLength(data.studiegebieden.length);
    const content = loadContent(out, out);
    // The folder holds no studies, so a richting named in `aansluiting` is unknown here; the real content checks those.
    const noStudy = (p: { field: string; message: string }) => /^aansluiting\.\d+\.richting$/.test(p.field) && p.message.startsWith('onbekende studie');
    expect(content.problems.filter((p) => (p.file.includes('programmes') || p.file.includes('studiegebieden')) && !noStudy(p))).toEqual([]);
  });

  it('writes exactly the pages in content/: the data and the pages agree, field for field', () => {
    // Semantic comparison (parsed YAML), so only the facts count, not quoting or line breaks.
    const frontmatter = (file: string) => parse(file.endsWith('.md') ? readFileSync(file, 'utf8').split(/^---$/m)[1]! : readFileSync(file, 'utf8'));
    for (const folder of ['programmes', 'studiegebieden']) {
      const generated = readdirSync(join(out, folder)).sort();
      expect(readdirSync(join(root, 'content', folder)).sort(), folder).toEqual(generated);
      for (const name of generated) {
        expect(frontmatter(join(root, 'content', folder, name)), `content/${folder}/${name}`).toEqual(frontmatter(join(out, folder, name)));
      }
    }
  });

  it('leaves a hand-edited page alone and names the fields that differ from the data', () => {
    const file = join(out, 'programmes', 'bachelor-in-de-geneeskunde.md');
    const edited = readFileSync(file, 'utf8').replace('credits: 180', 'credits: 240').replace(/^summary: .*$/m, 'summary: Een eigen tekst die met de hand is geschreven en moet blijven.');
    writeFileSync(file, edited);
    const result = run();
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(result.stdout).toMatch(/bachelor-in-de-geneeskunde\.md: credits, summary verschilt van de data \(niet overschreven\)/);
    expect(result.stdout).toContain('0 files added');
  });
});
