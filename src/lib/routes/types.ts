/** Shared types of the route rules: the catalogue they read, where a pupil is, the attest, and the result. */
import type { Balance, DomainId, Finaliteit, HoAdmission, HoKind, Onderwijsvorm, Stroom, StudyKind } from '../../schemas/enums.ts';
import type { RuleId } from './rules.ts';

/** The facts of a study page the rules need; the same shape in the build, the browser and the CLI. */
export interface RouteStudy {
  id: string;
  name: string;
  kind: StudyKind;
  graad: 1 | 2 | 3 | null;
  leerjaren: number[];
  stroom: Stroom[];
  finaliteit: Finaliteit | null;
  domein: DomainId[];
  onderwijsvorm: Onderwijsvorm[];
  duaal: 'nee' | 'ook' | 'enkel';
  /** Weight of theory and practice (used by the suggestion engine, not by the rules). */
  balance?: Balance;
  /** Curated logical next steps (content): used to mark a step as "sluit inhoudelijk aan", never to allow it. */
  next: string[];
}

/**
 * A programme of higher education as the route rules see it: a goal after secondary school. Its kind names the
 * destination page whose rules decide access (graduaat, professionele or academische bachelor); its admission
 * conditions (content/programmes, each with a source) come on top.
 */
export interface RouteProgramme {
  id: string;
  name: string;
  kind: HoKind;
  admission: { kind: HoAdmission; note: string }[];
}

/** Where a pupil is now: finishing primary school, or in a given school year (1-7) of a study. */
export type Position =
  | { kind: 'basisonderwijs'; getuigschrift: boolean }
  /** `stroom` only matters for a basisoptie offered in both 2A and 2B. */
  | { kind: 'study'; id: string; year: number; stroom?: Stroom };

/** What a B-attest (or, after the 1ste leerjaar, an A-attest met uitsluiting) excludes. */
export type Exclusion =
  | { kind: 'study'; ids: string[]; label: string }
  | { kind: 'finaliteit'; value: Finaliteit }
  | { kind: 'domein'; value: DomainId }
  | { kind: 'onderwijsvorm'; value: Onderwijsvorm };

export type AttestType = 'A' | 'B' | 'C';

export interface Attest {
  type: AttestType;
  exclusions: Exclusion[];
}

/**
 * How open a step is: `open` (allowed by the rules), `voorwaarde` (allowed on a known condition, often a decision of
 * the klassenraad), `vraag-raad` (the rule could not be confirmed: ask the klassenraad or CLB), `uitgesloten`.
 */
export type StepStatus = 'open' | 'voorwaarde' | 'vraag-raad' | 'uitgesloten';

export const STATUS_ORDER: readonly StepStatus[] = ['open', 'voorwaarde', 'vraag-raad', 'uitgesloten'];

export interface Reason {
  text: string;
  rule: RuleId;
}

/** One option for next school year. */
export interface Step {
  id: string;
  /** School year of the target (1-7), or null for a destination after secondary school. */
  year: number | null;
  status: StepStatus;
  /**
   * The stroom of a basisoptie step (2A or 2B): a basisoptie offered in both is two different steps, with their own
   * rules after it, so the stroom travels with the step (and with every route through it).
   */
  stroom?: Stroom;
  /** `verder`: the next year; `overzitten`: the same year again. */
  move: 'verder' | 'overzitten';
  /** The step fits the content of where you are now (same richting, or a curated logical next step). */
  logical: boolean;
  reasons: Reason[];
}

export interface NextStepsResult {
  from: Position;
  attest: Attest;
  /** General remarks for this situation (e.g. why an attest type does not apply here). */
  notes: Reason[];
  steps: Step[];
}
