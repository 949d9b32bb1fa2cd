/** A broken content file is reported with its file and field, by the same checks the build runs. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';

const fixtures = join(import.meta.dirname, '../fixtures');
const load = (name: string) => loadContent(join(fixtures, name), fixtures);

describe('content validation on fixtures', () => {
  it('accepts the valid fixture', () => {
    const content = load('content-valid');
    expect(content.problems).toEqual([]);
    expect(content.studies.map((s) => s.id)).toEqual(['latijn-2de-graad', 'latijn-wiskunde-3de-graad']);
  });

  it('names file and field for a wrong enum value', () => {
    const { problems } = load('content-bad-enum');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content-bad-enum/studies/latijn-2de-graad.md', field: 'finaliteit' });
    expect(formatProblems(problems)).toContain('content-bad-enum/studies/latijn-2de-graad.md › finaliteit');
  });

  it('names file and field for a missing required field', () => {
    const { problems } = load('content-missing-field');
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content-missing-field/studies/latijn-wiskunde-3de-graad.md', field: 'summary' }),
    ]);
  });

  it('names file, field and the closest id for an unknown reference', () => {
    const { problems } = load('content-unknown-reference');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('content-unknown-reference/studies/latijn-2de-graad.md');
    expect(problems[0]!.field).toBe('next.0');
    expect(problems[0]!.message).toContain('"latijn-wiskunde-3de-grad"');
    expect(problems[0]!.message).toContain('bedoel je "latijn-wiskunde-3de-graad"');
  });

  it('names file and line for a broken internal link', () => {
    const { problems } = load('content-broken-link');
    expect(problems).toEqual([
      {
        file: 'content-broken-link/studies/latijn-2de-graad.md',
        field: 'body (regel 2)',
        message: 'link "/matrix/graad-9/" leidt naar een pagina die niet bestaat',
      },
    ]);
  });
});
