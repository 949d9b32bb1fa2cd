/**
 * The catalogue as the route rules see it: which page is 1A, 2B, a graad-2 richting, a 7de jaar, a destination,
 * found from the data (kind, graad, leerjaren, stroom) rather than from hard-coded ids where possible.
 */
import type { Finaliteit, HoKind, Stroom } from '../../schemas/enums.ts';
import type { Position, RouteProgramme, RouteStudy } from './types.ts';

/** The stage a pupil is in, which decides which rules apply. */
export type Stage =
  | 'basisonderwijs'
  | '1A'
  | '1B'
  | '2A'
  | '2B'
  | 'graad2'
  | 'graad3'
  | 'zevende'
  | 'okan'
  | 'buso'
  | 'hbo5'
  | 'bestemming';

/** Destinations after secondary school, by page id. */
export const DESTINATION = {
  academisch: 'academische-bachelor',
  professioneel: 'professionele-bachelor',
  graduaat: 'graduaat',
  werken: 'werken',
} as const;

/** The destination page whose rules decide access to a programme of each kind. */
export const KIND_DESTINATION: Record<HoKind, string> = {
  graduaat: DESTINATION.graduaat,
  'professionele-bachelor': DESTINATION.professioneel,
  'academische-bachelor': DESTINATION.academisch,
};

/** Finaliteiten from most practical to most theoretical: moving "up" this ladder is the uncertain direction. */
const FINALITEIT_LEVEL: Record<Finaliteit, number> = { arbeidsmarkt: 0, 'dubbele-finaliteit': 1, doorstroom: 2 };

export function finaliteitLevel(finaliteit: Finaliteit | null): number {
  return finaliteit === null ? -1 : FINALITEIT_LEVEL[finaliteit];
}

export class RouteCatalogue {
  readonly byId: Map<string, RouteStudy>;
  readonly programmesById: Map<string, RouteProgramme>;

  /** Programmes of higher education are goals only: nobody starts a school year in one. */
  constructor(
    readonly studies: readonly RouteStudy[],
    readonly programmes: readonly RouteProgramme[] = [],
  ) {
    this.byId = new Map(studies.map((s) => [s.id, s]));
    this.programmesById = new Map(programmes.map((p) => [p.id, p]));
    // One id space for goals, links and the URL fragment.
    const clash = programmes.find((p) => this.byId.has(p.id));
    if (clash) throw new Error(`De opleiding "${clash.id}" heeft hetzelfde id als een studie van het secundair; kies een ander id.`);
  }

  get(id: string): RouteStudy | undefined {
    return this.byId.get(id);
  }

  programme(id: string): RouteProgramme | undefined {
    return this.programmesById.get(id);
  }

  /** The name of a study or a programme, or the id itself when neither exists. */
  nameOf(id: string): string {
    return this.byId.get(id)?.name ?? this.programmesById.get(id)?.name ?? id;
  }

  /** The page of a first-graad year (1A, 1B, 2A, 2B). */
  firstGraadYear(year: 1 | 2, stroom: Stroom): RouteStudy | undefined {
    return this.studies.find(
      (s) => s.kind === 'eerste-graad' && s.leerjaren.length === 1 && s.leerjaren[0] === year && s.stroom.length === 1 && s.stroom[0] === stroom,
    );
  }

  basisopties(stroom: Stroom): RouteStudy[] {
    return this.studies.filter((s) => s.kind === 'basisoptie' && s.stroom.includes(stroom));
  }

  richtingen(graad: 2 | 3): RouteStudy[] {
    return this.studies.filter((s) => s.kind === 'studierichting' && s.graad === graad);
  }

  zevendeJaren(): RouteStudy[] {
    return this.studies.filter((s) => s.kind === 'zevende-jaar');
  }

  /**
   * Every position a pupil can be in: basisonderwijs with and without getuigschrift, each year of each study, and a
   * basisoptie once per stroom (2A and 2B have different rules after them).
   */
  positions(): Position[] {
    return [
      { kind: 'basisonderwijs', getuigschrift: true },
      { kind: 'basisonderwijs', getuigschrift: false },
      ...this.studies.flatMap((s) =>
        (s.leerjaren.length > 0 ? s.leerjaren : [0]).flatMap((year) =>
          s.kind === 'basisoptie' && s.stroom.length > 0
            ? s.stroom.map((stroom) => ({ kind: 'study' as const, id: s.id, year, stroom }))
            : [{ kind: 'study' as const, id: s.id, year }],
        ),
      ),
    ];
  }

  ofKind(kind: RouteStudy['kind']): RouteStudy[] {
    return this.studies.filter((s) => s.kind === kind);
  }

  /** The stage of a position, or an explanation of why the position does not exist. */
  stageOf(position: Position): { stage: Stage; study?: RouteStudy } | { error: string } {
    if (position.kind === 'basisonderwijs') return { stage: 'basisonderwijs' };
    const study = this.get(position.id);
    if (!study) return { error: `onbekende studie "${position.id}"` };
    if (study.leerjaren.length > 0 && !study.leerjaren.includes(position.year)) {
      return { error: `${study.name} heeft geen ${position.year}de jaar (wel: ${study.leerjaren.join(', ')})` };
    }
    switch (study.kind) {
      case 'eerste-graad': {
        const stroom = study.stroom[0] ?? 'A';
        return { stage: `${position.year === 1 ? 1 : 2}${stroom}` as Stage, study };
      }
      case 'basisoptie': {
        const stroom = position.stroom && study.stroom.includes(position.stroom) ? position.stroom : (study.stroom[0] ?? 'A');
        return { stage: `2${stroom}` as Stage, study };
      }
      case 'studierichting':
        return { stage: study.graad === 2 ? 'graad2' : 'graad3', study };
      case 'zevende-jaar':
        return { stage: 'zevende', study };
      case 'okan':
      case 'buso':
      case 'hbo5':
      case 'bestemming':
        return { stage: study.kind, study };
    }
  }
}

/**
 * A form of buitengewoon onderwijs that follows the ordinary school years, attests and diplomas (opleidingsvorm 4):
 * its page lists those school years, the other forms list none.
 */
export function followsOrdinaryYears(study: RouteStudy): boolean {
  return study.kind === 'buso' && study.leerjaren.length > 0;
}

/** A 7de jaar open only after a diploma of arbeidsmarktfinaliteit ("na OK3"): the voorbereidend jaar. */
export function isVoorbereidendJaar(study: RouteStudy): boolean {
  return study.kind === 'zevende-jaar' && /voorbereidend/i.test(study.name);
}

/** 7de jaren open only after a diploma at level 4 ("na OK4"): the bijzondere vormingen (official names end in "na OK4"). */
export function isNaOk4Jaar(study: RouteStudy): boolean {
  return study.kind === 'zevende-jaar' && /^bijzondere /i.test(study.name);
}

/** Richtingen with Latijn or Grieks, for which schools expect the basisoptie Klassieke talen or a Latijn richting. */
export function hasClassics(study: RouteStudy): boolean {
  return /latijn|grieks|klassieke talen/i.test(study.name);
}
