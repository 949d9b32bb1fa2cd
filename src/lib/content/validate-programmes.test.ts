import { describe, expect, it } from 'vitest';
import { validateAansluiting, validateProgrammes, type ProgrammeNode } from './validate-programmes.ts';

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

describe('validateAansluiting', () => {
  const studies = new Map([
    ['gezondheidszorg-3de-graad', { kind: 'studierichting', graad: 3 }],
    ['kinderbegeleider-7de-jaar', { kind: 'zevende-jaar', graad: 3 }],
    ['latijn-2de-graad', { kind: 'studierichting', graad: 2 }],
  ]);
  it('accepts richtingen of the 3de graad, 7de jaren and entries by domein', () => {
    const problems = validateAansluiting(
      [{ file: 'content/programmes/x.md', aansluiting: [{ richting: 'gezondheidszorg-3de-graad' }, { richting: 'kinderbegeleider-7de-jaar' }, {}] }],
      studies,
    );
    expect(problems).toEqual([]);
  });

  it('names file and field of an unknown study, with the closest id, and of a study that is no 3de-graad richting', () => {
    const problems = validateAansluiting(
      [{ file: 'content/programmes/x.md', aansluiting: [{ richting: 'gezondheidszorg-3de-grad' }, { richting: 'latijn-2de-graad' }] }],
      studies,
    );
    expect(problems).toEqual([
      { file: 'content/programmes/x.md', field: 'aansluiting.0.richting', message: 'onbekende studie "gezondheidszorg-3de-grad"; bedoel je "gezondheidszorg-3de-graad"?' },
      { file: 'content/programmes/x.md', field: 'aansluiting.1.richting', message: '"latijn-2de-graad" is geen richting van de 3de graad en geen 7de jaar' },
    ]);
  });
});
