/**
 * The questionnaire's pages in order: the situation (where, attest, goal), interest items in small groups, the
 * learning-style items, then the result. Built from the content, so adding an item adds it to a page.
 */
import type { Question } from '../../schemas/question.ts';

export type Page =
  | { kind: 'start' }
  | { kind: 'situatie' }
  | { kind: 'attest' }
  | { kind: 'doel' }
  | { kind: 'items'; section: 'interesse' | 'stijl'; ids: string[]; part: number; parts: number }
  | { kind: 'resultaat' };

export function buildPages(questions: Question[], perPage = 4): Page[] {
  const chunk = (ids: string[], size: number) => Array.from({ length: Math.ceil(ids.length / size) }, (_, i) => ids.slice(i * size, i * size + size));
  const interest = chunk(questions.filter((q) => q.soort === 'interesse').map((q) => q.id), perPage);
  const style = chunk(questions.filter((q) => q.soort === 'stijl').map((q) => q.id), 6);
  return [
    { kind: 'start' },
    { kind: 'situatie' },
    { kind: 'attest' },
    { kind: 'doel' },
    ...interest.map((ids, i) => ({ kind: 'items' as const, section: 'interesse' as const, ids, part: i + 1, parts: interest.length })),
    ...style.map((ids, i) => ({ kind: 'items' as const, section: 'stijl' as const, ids, part: i + 1, parts: style.length })),
    { kind: 'resultaat' },
  ];
}
