/**
 * Suggestions with the same score are equal for the engine: the views show them as one group ("deze passen even
 * goed") instead of ranking them by name.
 */
export interface ScoreGroup<T> {
  score: number;
  items: T[];
}

/** Consecutive items with the same score, in the order given (the engine sorts by score). */
export function groupByScore<T extends { score: number }>(list: readonly T[]): ScoreGroup<T>[] {
  const groups: ScoreGroup<T>[] = [];
  for (const item of list) {
    const last = groups.at(-1);
    if (last && last.score === item.score) last.items.push(item);
    else groups.push({ score: item.score, items: [item] });
  }
  return groups;
}
