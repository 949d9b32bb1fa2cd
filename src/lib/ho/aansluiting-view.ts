/**
 * The aansluiting as the pages show it: short lists grouped by kind of programme (on a study page) or by fit (on a
 * programme page), each with its reasons once per group instead of once per line.
 */
import type { DomainId, HoKind } from '../../schemas/enums.ts';
import type { Fit, ProgrammeFit, RichtingFit } from './aansluiting.ts';
import { FIT_ORDER, LINK_ORDER } from './aansluiting.ts';

export const KIND_PLURAL: Record<HoKind, string> = {
  graduaat: 'Graduaten',
  'professionele-bachelor': 'Professionele bachelors',
  'academische-bachelor': 'Academische bachelors',
};

const KIND_ORDER: readonly HoKind[] = ['graduaat', 'professionele-bachelor', 'academische-bachelor'];

export interface KindGroup {
  kind: HoKind;
  fit: Fit;
  /** Why this kind fits (or only later): the same for every programme of the kind after one study. */
  reasons: string[];
  shown: ProgrammeFit[];
  /** The programmes of this kind beyond `shown`, in the same order (the page puts them behind "toon alle"). */
  rest: ProgrammeFit[];
  /** How many more programmes of this kind follow, beyond `shown` (rest.length). */
  more: number;
}

/** Programmes after a study, per kind (best fit first), at most `perKind` each. */
export function groupByKind(fits: readonly ProgrammeFit[], perKind: number): KindGroup[] {
  const groups: KindGroup[] = [];
  for (const kind of KIND_ORDER) {
    const ofKind = fits.filter((f) => f.programme.kind === kind);
    const first = ofKind[0];
    if (!first) continue;
    const rest = ofKind.slice(perKind);
    groups.push({ kind, fit: first.fit, reasons: first.kindReasons, shown: ofKind.slice(0, perKind), rest, more: rest.length });
  }
  // Best fit first; at the same fit, the kind whose best link is most specific (e.g. the academische bachelors a
  // broad richting's page names) before a kind linked only by the broad basis; then the fixed kind order.
  const bestLink = (g: KindGroup) => LINK_ORDER.indexOf(g.shown[0]!.link);
  groups.sort((a, b) => FIT_ORDER.indexOf(a.fit) - FIT_ORDER.indexOf(b.fit) || bestLink(a) - bestLink(b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  // The same sentence twice in a row (the rule that excludes both bachelors) is said once.
  return groups.map((g, i) => (i > 0 && g.reasons.join(' ') === groups[i - 1]!.reasons.join(' ') ? { ...g, reasons: [] } : g));
}

export interface GebiedGroup {
  /** The shared studiedomeinen (or ['domeinoverschrijdend'] for a broad richting). */
  via: DomainId[];
  gebieden: { id: string; name: string }[];
}

/** The studiegebieden of the programmes shown that link by domein, grouped by the domeinen they share with the study. */
export function gebiedGroups(groups: readonly KindGroup[]): GebiedGroup[] {
  const byVia = new Map<string, GebiedGroup>();
  const seen = new Set<string>();
  for (const f of groups.flatMap((g) => g.shown)) {
    if (!f.gebied || f.explicit || seen.has(f.gebied.id)) continue;
    seen.add(f.gebied.id);
    const key = f.via.join('+');
    if (!byVia.has(key)) byVia.set(key, { via: f.via, gebieden: [] });
    byVia.get(key)!.gebieden.push({ id: f.gebied.id, name: f.gebied.name });
  }
  for (const g of byVia.values()) g.gebieden.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return [...byVia.values()];
}

/** The sentence before a group of studiegebieden: why they link to the study. */
export function gebiedGroupSentence(studyName: string, group: GebiedGroup, domainName: (d: DomainId) => string): string {
  if (group.via.includes('domeinoverschrijdend')) return `${studyName} hoort niet bij één studiedomein: ze is breed en vooral theoretisch. Dat is een goede basis voor:`;
  return `${studyName} hoort bij het studiedomein ${group.via.map(domainName).join(' en ')}. Daar ${group.gebieden.length === 1 ? 'sluit dit studiegebied' : 'sluiten deze studiegebieden'} goed bij aan:`;
}

export const FIT_HEADINGS: Record<Fit, string> = {
  goed: 'Bereiden goed voor',
  mogelijk: 'Kan ook, met meer inzet of op voorwaarde',
  later: 'Pas na een extra jaar',
};

export interface FitGroup {
  fit: Fit;
  items: RichtingFit[];
}

/** Richtingen before a programme, per fit, in the order given (best first). */
export function groupByFit(fits: readonly RichtingFit[]): FitGroup[] {
  return FIT_ORDER.map((fit) => ({ fit, items: fits.filter((f) => f.fit === fit) })).filter((g) => g.items.length > 0);
}
