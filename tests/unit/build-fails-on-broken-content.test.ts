/**
 * The real `astro build` fails on broken content and says which file and field. Slow (one build per fixture), so
 * it runs the three broken fixtures and one valid one, each into its own output folder.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

function build(fixture: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'rw-build-'));
  const result = spawnSync('npx', ['astro', 'build', '--force', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, RW_CONTENT_DIR: `./tests/fixtures/${fixture}` },
    encoding: 'utf8',
    timeout: 180_000,
  });
  rmSync(outDir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build on content fixtures', { timeout: 200_000 }, () => {
  it('succeeds on the valid fixture', () => {
    const result = build('content-valid');
    expect(result.output).toContain('Complete!');
    expect(result.status).toBe(0);
  });

  it('fails on a wrong enum and names the entry and field', () => {
    const result = build('content-bad-enum');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('latijn-2de-graad');
    expect(result.output).toMatch(/finaliteit/);
  });

  it('fails on a missing field and names the entry and field', () => {
    const result = build('content-missing-field');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('latijn-wiskunde-3de-graad');
    expect(result.output).toMatch(/summary/);
  });

  it('fails on an unknown reference and names the file and field', () => {
    const result = build('content-unknown-reference');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('latijn-2de-graad.md › next.0');
    expect(result.output).toContain('latijn-wiskunde-3de-grad');
  });

  it('fails on a broken internal link and names the file', () => {
    const result = build('content-broken-link');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('latijn-2de-graad.md › body (regel 2)');
    expect(result.output).toContain('/matrix/graad-9/');
  });
});
