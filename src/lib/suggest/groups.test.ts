import { describe, expect, it } from 'vitest';
import { groupByScore } from './groups.ts';

describe('groupByScore', () => {
  it('puts consecutive equal scores in one group and keeps the order', () => {
    const list = [{ id: 'a', score: 73 }, { id: 'b', score: 73 }, { id: 'c', score: 70 }, { id: 'd', score: 69 }, { id: 'e', score: 69 }];
    expect(groupByScore(list).map((g) => [g.score, g.items.map((i) => i.id)])).toEqual([[73, ['a', 'b']], [70, ['c']], [69, ['d', 'e']]]);
  });
  it('gives no groups for no suggestions', () => {
    expect(groupByScore([])).toEqual([]);
  });
});
