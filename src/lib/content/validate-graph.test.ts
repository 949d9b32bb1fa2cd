import { describe, expect, it } from 'vitest';
import { codeScope, levenshtein, validateStudyGraph, type StudyNode } from './validate-graph.ts';

const node = (id: string, next: string[], codes: string[] = [], scope = 'graad-2'): StudyNode => ({
  id,
  file: `content/studies/${id}.md`,
  next,
  codes,
  duaalCodes: [],
  codeScope: scope,
});

describe('validateStudyGraph', () => {
  it('accepts known references', () => {
    expect(validateStudyGraph([node('a', ['b']), node('b', [])])).toEqual([]);
  });
  it('reports unknown, self and duplicate references with file and field', () => {
    const problems = validateStudyGraph([node('a', ['b', 'a', 'c', 'c']), node('b', [])]);
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/studies/a.md next.1',
      'content/studies/a.md next.2',
      'content/studies/a.md next.3',
      'content/studies/a.md next',
    ]);
  });
  it('does not report a reference to a file that exists but failed its schema', () => {
    expect(validateStudyGraph([node('a', ['broken'])], ['a', 'broken'])).toEqual([]);
  });
  it('allows one code per graad but not twice in the same graad', () => {
    expect(validateStudyGraph([node('a', [], ['1301']), node('b', [], ['1301'], 'graad-3')])).toEqual([]);
    const problems = validateStudyGraph([node('a', [], ['1301']), node('b', [], ['1301'])]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/studies/b.md', field: 'codes.0' })]);
  });
  it('scopes codes by graad and 7de jaar', () => {
    expect(codeScope({ graad: 3, kind: 'zevende-jaar' })).toBe('graad-3-7de-jaar');
    expect(codeScope({ graad: null, kind: 'hbo5' })).toBe('hbo5');
  });
});

describe('levenshtein', () => {
  it('counts edits', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
  });
});
