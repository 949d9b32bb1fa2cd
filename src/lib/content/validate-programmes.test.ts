import { describe, expect, it } from 'vitest';
import { validateProgrammes, type ProgrammeNode } from './validate-programmes.ts';

const gebieden = [
  { id: 'geneeskunde', file: 'content/studiegebieden/geneeskunde.yaml' },
  { id: 'tandheelkunde', file: 'content/studiegebieden/tandheelkunde.yaml' },
];
const programme = (over: Partial<ProgrammeNode>): ProgrammeNode => ({
  id: 'x',
  file: 'content/programmes/x.md',
  name: 'Bachelor in de geneeskunde',
  kind: 'academische-bachelor',
  studiegebied: 'geneeskunde',
  ...over,
});

describe('validateProgrammes', () => {
  it('accepts programmes that name known studiegebieden', () => {
    const problems = validateProgrammes(
      [programme({}), programme({ id: 'y', file: 'content/programmes/y.md', name: 'Bachelor in de tandheelkunde', studiegebied: 'tandheelkunde' })],
      gebieden,
    );
    expect(problems).toEqual([]);
  });

  it('names the file and field of an unknown studiegebied and suggests the closest id', () => {
    const problems = validateProgrammes([programme({ studiegebied: 'geneeskunde-x' }), programme({ id: 'y', file: 'y.md', name: 'Andere', studiegebied: 'tandheelkunde' })], gebieden);
    expect(problems).toEqual([
      { file: 'content/programmes/x.md', field: 'studiegebied', message: 'onbekend studiegebied "geneeskunde-x"; bedoel je "geneeskunde"?' },
      { file: 'content/studiegebieden/geneeskunde.yaml', field: '', message: 'geen enkele opleiding hoort bij dit studiegebied' },
    ]);
  });

  it('does not report a studiegebied twice when its file failed its schema', () => {
    const problems = validateProgrammes([programme({ studiegebied: 'kapot' })], [], ['kapot']);
    expect(problems).toEqual([]);
  });

  it('reports the same programme in two files', () => {
    const problems = validateProgrammes(
      [programme({}), programme({ id: 'z', file: 'content/programmes/z.md', name: 'bachelor in de Geneeskunde' })],
      gebieden.slice(0, 1),
    );
    expect(problems).toEqual([{ file: 'content/programmes/z.md', field: 'name', message: 'deze opleiding staat ook in content/programmes/x.md' }]);
  });
});
