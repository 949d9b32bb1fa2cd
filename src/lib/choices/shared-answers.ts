/**
 * The questionnaire's answers (src/lib/questionnaire/answers.ts) as they travel in a share link. Checked as a
 * whole: a link whose answers do not fit is refused, unlike saved answers, of which a bad one is skipped.
 */
import { ATTEST_ANSWERS, GETUIGSCHRIFT_ANSWERS, GOALS, isItemAnswer, type Answers } from '../questionnaire/answers.ts';
import { isBetween, isObject, hasOnlyKeys, isOneOf, isText, parseList, parseMap } from './check.ts';

/** The questionnaire's answers, except that a link may name any interest key (the domains are not checked here). */
export type SharedAnswers = Omit<Answers, 'adjust'> & { adjust: { interests: Record<string, number>; theory: number | null } };

const nullOr = <T>(v: unknown, ok: (v: unknown) => v is T): v is T | null => v === null || ok(v);
const isScale = (v: unknown): v is number => isBetween(v, 1, 5);
const isExclusion = (v: unknown): v is string => isText(v, 130, /^[fdos]:[a-z0-9-]+$/);

function parseAdjust(v: unknown): SharedAnswers['adjust'] | undefined {
  if (!isObject(v) || !hasOnlyKeys(v, ['interests', 'theory'])) return undefined;
  const interests = parseMap(v.interests, 20, (key) => isText(key, 40, /^[a-z-]+$/), isScale);
  if (!interests || !nullOr(v.theory, isScale)) return undefined;
  return { interests, theory: v.theory };
}

/** The answers when `v` is exactly that shape (no other keys), as a copy; undefined otherwise. */
export function parseSharedAnswers(v: unknown): SharedAnswers | undefined {
  if (!isObject(v) || !hasOnlyKeys(v, ['stage', 'attest', 'getuigschrift', 'excluded', 'goal', 'items', 'adjust'])) return undefined;
  const { stage, attest, getuigschrift, goal } = v;
  const excluded = parseList(v.excluded, 60, isExclusion);
  const items = parseMap(v.items, 100, (key) => isText(key, 60, /^[a-z0-9-]+$/), isItemAnswer);
  const adjust = parseAdjust(v.adjust);
  if (
    !nullOr(stage, (s): s is string => isText(s, 140)) ||
    !nullOr(attest, (a): a is SharedAnswers['attest'] => isOneOf(a, ATTEST_ANSWERS)) ||
    !nullOr(getuigschrift, (g): g is SharedAnswers['getuigschrift'] => isOneOf(g, GETUIGSCHRIFT_ANSWERS)) ||
    !excluded ||
    !nullOr(goal, (g): g is SharedAnswers['goal'] => isOneOf(g, GOALS)) ||
    !items ||
    !adjust
  ) {
    return undefined;
  }
  return { stage, attest, getuigschrift, excluded, goal, items, adjust };
}
