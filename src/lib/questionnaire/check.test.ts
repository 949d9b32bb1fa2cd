import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { questionSchema, type Question } from '../../schemas/question.ts';
import { parseWeights } from '../../schemas/weights.ts';
import { checkQuestionnaire } from './check.ts';

const real = (parse(readFileSync('content/questionnaire/questions.yaml', 'utf8')) as unknown[]).map((q) => questionSchema.parse(q));

describe('questionnaire content', () => {
  it('the real questionnaire passes, with 20-40 interest items and every domein measured at least 3 times', () => {
    expect(checkQuestionnaire(real, 'questions.yaml')).toEqual([]);
    const interest = real.filter((q) => q.soort === 'interesse');
    expect(interest.length).toBeGreaterThanOrEqual(20);
    expect(interest.length).toBeLessThanOrEqual(40);
    for (const domein of ['stem', 'taal-en-cultuur', 'kunst-en-creatie', 'land-en-tuinbouw', 'economie-en-organisatie', 'maatschappij-en-welzijn', 'sport', 'voeding-en-horeca']) {
      expect(interest.filter((q) => q.soort === 'interesse' && q.domein === domein).length, domein).toBeGreaterThanOrEqual(3);
    }
  });

  it('names duplicate ids, missing situation questions and thin domeinen', () => {
    const broken: Question[] = [real[0]!, real[0]!, ...real.filter((q) => !(q.soort === 'situatie' && q.veld === 'goal') && !(q.soort === 'interesse' && q.domein === 'sport'))];
    const messages = checkQuestionnaire(broken, 'q.yaml').map((p) => `${p.field} ${p.message}`);
    expect(messages).toContain(`1.id het id "${real[0]!.id}" komt twee keer voor`);
    expect(messages).toContain(' de situatievraag voor "goal" ontbreekt');
    expect(messages).toContain(' het studiedomein "sport" heeft 0 interesse-item(s); geef er minstens 2');
  });

  it('a question that is too long or has an unknown domein fails its schema with the field', () => {
    const tooLong = questionSchema.safeParse({ id: 'x', soort: 'interesse', tekst: 'a'.repeat(200), domein: 'stem', riasec: 'R' });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]?.path).toEqual(['tekst']);
    expect(questionSchema.safeParse({ id: 'x', soort: 'interesse', tekst: 'Iets doen', domein: 'domeinoverschrijdend', riasec: 'R' }).success).toBe(false);
  });

  it('broken weights name the file and the field', () => {
    const text = readFileSync('content/questionnaire/weights.yaml', 'utf8').replace(/^voorstellen: \d+/m, 'voorstellen: veel');
    expect(() => parseWeights(text, 'weights.yaml')).toThrow(/✖ weights.yaml › voorstellen: /);
  });
});
