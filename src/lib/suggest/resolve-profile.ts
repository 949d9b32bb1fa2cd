/**
 * Checks a profile's names against the catalogue and turns it into what the route rules and the engine use.
 * Every problem names its field ("attest.excluded.1") and, for an unknown name, the closest matches.
 */
import { DOMAIN_IDS, type DomainId } from '../../schemas/enums.ts';
import type { RouteCatalogue } from '../routes/catalogue.ts';
import { normalizeName, resolveExclusion, resolveStart } from '../routes/resolve.ts';
import type { Attest, Exclusion, Position } from '../routes/types.ts';
import type { ProfileData, StyleKey } from './profile.ts';
import type { Question } from '../../schemas/question.ts';
import { profileItems, type ProfileItem } from './items.ts';

export type { ProfileItem } from './items.ts';

export interface ProfileProblem {
  field: string;
  message: string;
}

export interface ResolvedProfile {
  position: Position;
  attest: Attest;
  /** True when the profile did not say which attest: the engine then assumes an A-attest (or a getuigschrift). */
  attestAssumed: boolean;
  interests: Partial<Record<DomainId, number>>;
  style: Partial<Record<StyleKey, number>>;
  goal: 'hoger-onderwijs' | 'werken' | 'open';
  /** The answered interest items; absent for a profile that only has the means per domein. */
  items?: ProfileItem[];
}

/** "STEM", "land- en tuinbouw", "Economie en organisatie" → the domein id. */
export function domainOf(name: string): DomainId | undefined {
  const key = normalizeName(name);
  return DOMAIN_IDS.find((d) => normalizeName(d) === key);
}

const withSuggestions = (error: string, suggestions: string[]) =>
  suggestions.length > 0 ? `${error} Bedoel je: ${suggestions.slice(0, 3).join('; ')}?` : error;

/** `questions` (the questionnaire) is needed to read the profile's single items; without it only the means count. */
export function resolveProfile(catalogue: RouteCatalogue, profile: ProfileData, questions: readonly Question[] = []): { profile: ResolvedProfile } | { problems: ProfileProblem[] } {
  const problems: ProfileProblem[] = [];
  const attestIn = profile.attest;
  const getuigschrift = attestIn && 'getuigschrift' in attestIn ? attestIn.getuigschrift : undefined;
  const start = resolveStart(catalogue, profile.stage, {
    ...(profile.year !== undefined ? { year: profile.year } : {}),
    ...(getuigschrift !== undefined ? { getuigschrift } : {}),
    ...(profile.stroom ? { stroom: profile.stroom } : {}),
  });
  if (!start.ok) problems.push({ field: 'stage', message: withSuggestions(start.error, start.suggestions) });

  const exclusions: Exclusion[] = [];
  if (attestIn && 'type' in attestIn) {
    (attestIn.excluded ?? []).forEach((text, index) => {
      const resolved = resolveExclusion(catalogue, text);
      if (resolved.ok) exclusions.push(resolved.value);
      else problems.push({ field: `attest.excluded.${index}`, message: withSuggestions(resolved.error, resolved.suggestions) });
    });
  }

  const interests: Partial<Record<DomainId, number>> = {};
  for (const [key, value] of Object.entries(profile.interests ?? {})) {
    const domein = domainOf(key);
    if (!domein) problems.push({ field: `interests.${key}`, message: `Onbekend studiedomein "${key}". Gebruik bv. "STEM", "Taal en cultuur" of "Voeding en horeca".` });
    else interests[domein] = value;
  }
  if (questions.length > 0) {
    const known = new Set(questions.filter((q) => q.soort === 'interesse').map((q) => q.id));
    for (const key of Object.keys(profile.items ?? {})) {
      if (!known.has(key)) problems.push({ field: `items.${key}`, message: `Onbekende interessevraag "${key}". De vragen staan op /vragenlijst/hoe-werkt-het/.` });
    }
  }
  if (problems.length > 0 || !start.ok) return { problems };
  const items = profileItems(profile.items ?? {}, questions);

  const attest: Attest = attestIn && 'type' in attestIn ? { type: attestIn.type, exclusions } : { type: 'A', exclusions: [] };
  const style: Partial<Record<StyleKey, number>> = {};
  for (const [key, value] of Object.entries(profile.style ?? {})) if (typeof value === 'number') style[key as StyleKey] = value;
  return {
    profile: {
      position: start.value,
      attest,
      attestAssumed: attestIn === undefined,
      interests,
      style,
      goal: profile.goal ?? 'open',
      ...(items.length > 0 ? { items } : {}),
    },
  };
}
