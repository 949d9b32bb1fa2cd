/**
 * Guides (content/guides) fail the content check with their file and field: sources, checked date, what could not
 * be verified, and a page for every guide. Each case breaks one thing in a copy of the valid fixture.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';

const valid = join(import.meta.dirname, '../fixtures/content-valid');
let dir = '';

function copyWith(change: (guides: string) => void) {
  dir = mkdtempSync(join(tmpdir(), 'rw-guides-'));
  cpSync(valid, join(dir, 'content'), { recursive: true });
  change(join(dir, 'content/guides'));
  return loadContent(join(dir, 'content'), dir).problems;
}

function rewrite(file: string, from: RegExp | string, to: string) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  expect(next).not.toBe(text);
  writeFileSync(file, next);
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

describe('guide content checks', () => {
  it('the valid fixture has every guide and no problem', () => {
    expect(copyWith(() => {})).toEqual([]);
  });

  it('names the file and field when the checked date is missing', () => {
    const problems = copyWith((g) => rewrite(join(g, 'attesten-uitgelegd.md'), /^checked: .*\n/m, ''));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/attesten-uitgelegd.md', field: 'checked' })]);
  });

  it('names the file and field when a guide has no source', () => {
    const problems = copyWith((g) => rewrite(join(g, 'waar-vind-je-hulp.md'), /^sources:\n(?: {2}- title: .*\n {4}url: .*\n)+/m, 'sources: []\n'));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/waar-vind-je-hulp.md', field: 'sources', message: expect.stringContaining('bron') })]);
  });

  it('names the item when a doubt is not written as a sentence', () => {
    const problems = copyWith((g) => rewrite(join(g, 'aanmelden-en-inschrijven.md'), /^uncertain:\n {2}- ".*"\n/m, 'uncertain:\n  - "data?"\n'));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/aanmelden-en-inschrijven.md', field: 'uncertain.0' })]);
  });

  it('names a guide without a page and a page without its guide', () => {
    const problems = copyWith((g) => {
      cpSync(join(g, 'attesten-uitgelegd.md'), join(g, 'attesten-oud.md'));
      rmSync(join(g, 'waar-vind-je-hulp.md'));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/guides/attesten-oud.md', field: 'id', message: expect.stringContaining('geen pagina') }),
        expect.objectContaining({ file: 'content/guides/waar-vind-je-hulp.md', field: 'id', message: expect.stringContaining('/hulp/') }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });
});
