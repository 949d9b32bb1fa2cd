/** The school importer as a process: saved fixtures in the official formats, no network and no API key. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-schools.ts', ...args], { encoding: 'utf8', env: { ...process.env, ONDERWIJS_API_KEY: '' } });

describe('scripts/import-schools.ts', () => {
  it('imports the export format, reports what it skipped, and writes the same files twice', () => {
    const out = mkdtempSync(join(tmpdir(), 'rw-schools-'));
    const first = run('--export', 'tests/fixtures/schools/export.json', '--out', out);
    expect(first.status).toBe(0);
    const report = JSON.parse(first.stdout);
    // Three schools: two with an offer, one whose data lists none (kept as a location, named in the report).
    expect(report).toMatchObject({ schools: 3, withOffer: 2, withoutOffer: ['Basisschool De Leeg (Leegstraat 9, 3000)'] });
    expect(report.broken).toHaveLength(2);
    // The script maps onto the real catalogue, where graad 3 has no "Elektriciteit" (it is "Elektrische installaties").
    expect(report.unmapped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '1e leerjaar in de 2e graad Onderwaterbiologie ASO', code: '5', count: 1 }),
        expect.objectContaining({ name: '1e leerjaar in de 3e graad Elektriciteit BSO', code: '6', count: 1, reason: expect.stringContaining('Elektriciteit') }),
      ]),
    );
    const files = readdirSync(out).sort();
    const before = files.map((f) => readFileSync(join(out, f), 'utf8'));
    expect(run('--export', 'tests/fixtures/schools/export.json', '--out', out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(files);
    expect(files.map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(before);
  }, 30_000);

  it('imports saved API pages', () => {
    const out = mkdtempSync(join(tmpdir(), 'rw-schools-'));
    const result = run('--saved', 'tests/fixtures/schools/api', '--out', out);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).sourceProblems).toContain('aanbod zonder omschrijving overgeslagen (44444|1)');
    expect(readdirSync(out)).toEqual(['go-atheneum-voorbeeld-44444-1.json']);
  }, 30_000);

  it('asks for a key instead of calling the API without one', () => {
    const result = run('--api', '--out', mkdtempSync(join(tmpdir(), 'rw-schools-')));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/ONDERWIJS_API_KEY/);
  });
});
