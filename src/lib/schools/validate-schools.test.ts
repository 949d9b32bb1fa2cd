import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schoolSchema } from '../../schemas/school.ts';
import { validateSchools } from './validate-schools.ts';

describe('school records', () => {
  it('every shipped record passes its schema, has a source and an offer, and no personal data', () => {
    const files = readdirSync('content/schools').filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const text = readFileSync(`content/schools/${file}`, 'utf8');
      const parsed = schoolSchema.safeParse(JSON.parse(text));
      expect(parsed.success, file).toBe(true);
      expect(`${parsed.data?.id}.json`).toBe(file);
      expect(text).not.toMatch(/telefoon|email|@/i);
    }
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
});
