import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schoolSchema } from '../../schemas/school.ts';
import { validateSchools } from './validate-schools.ts';

describe('school records', () => {
  it('every shipped record passes its schema, has a source and an offer or a pointer to it, and no personal data', () => {
    const files = readdirSync('content/schools').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(`content/schools/${file}`, 'utf8');
      const parsed = schoolSchema.safeParse(JSON.parse(text));
      expect(parsed.success, file).toBe(true);
      expect(`${parsed.data?.id}.json`).toBe(file);
      expect(parsed.data!.studies.length > 0 || parsed.data!.offerAt !== undefined, file).toBe(true);
      // No phone numbers or e-mail addresses (an official name may hold an "@": "Emmaüsinstituut@1").
      expect(text).not.toMatch(/telefoon|email|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b0\d{1,2}[ /.]?\d{2,3}[ .]?\d{2}[ .]?\d{2}\b/i);
    }
  });

  it('a record without an offer must point to where the offer is, and only then', () => {
    const record = JSON.parse(readFileSync(`content/schools/${readdirSync('content/schools')[0]}`, 'utf8'));
    expect(schoolSchema.safeParse({ ...record, studies: [], duaal: [] }).success).toBe(false);
    expect(schoolSchema.safeParse({ ...record, studies: [], duaal: [], offerAt: [] }).success).toBe(true);
    expect(schoolSchema.safeParse({ ...record, offerAt: ['x'] }).success).toBe(false);
  });

  it('a record with personal data or an unknown field fails its schema', () => {
    const record = JSON.parse(readFileSync(`content/schools/${readdirSync('content/schools')[0]}`, 'utf8'));
    const result = schoolSchema.safeParse({ ...record, telefoon: '03 000 00 00' });
    expect(result.success).toBe(false);
  });

  it('names the file and field of an unknown study or a duaal study that is not offered', () => {
    expect(validateSchools([{ file: 'content/schools/x.json', data: { studies: ['latijn-2de-graad', 'bestaat-niet'], duaal: ['elektriciteit-2de-graad'] } }], ['latijn-2de-graad'])).toEqual([
      { file: 'content/schools/x.json', field: 'studies.1', message: 'onbekende studie "bestaat-niet"' },
      { file: 'content/schools/x.json', field: 'duaal.0', message: '"elektriciteit-2de-graad" staat niet in studies' },
    ]);
  });

  it('names the file and field of an offerAt that points to no school, to a record without offer or to another school', () => {
    const entry = (id: string, schoolnummer: string, studies: string[], offerAt?: string[]) => ({ file: `content/schools/${id}.json`, data: { schoolnummer, studies, duaal: [], offerAt } });
    expect(
      validateSchools(
        [entry('a-1', '1', [], ['a-2', 'a-3', 'b-1', 'weg']), entry('a-2', '1', ['latijn-2de-graad']), entry('a-3', '1', [], []), entry('b-1', '2', ['latijn-2de-graad'])],
        ['latijn-2de-graad'],
      ),
    ).toEqual([
      { file: 'content/schools/a-1.json', field: 'offerAt.1', message: '"a-3" heeft zelf geen aanbod' },
      { file: 'content/schools/a-1.json', field: 'offerAt.2', message: '"b-1" is een andere school (schoolnummer 2)' },
      { file: 'content/schools/a-1.json', field: 'offerAt.3', message: 'onbekende school "weg"' },
    ]);
  });
});
