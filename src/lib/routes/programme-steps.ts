/**
 * Steps into a programme of higher education. Access to a programme follows the rules of its kind (the destination
 * pages graduaat, professionele and academische bachelor in next-steps.ts: diploma secundair onderwijs, the
 * voorbereidend 7de jaar after arbeidsmarktfinaliteit), plus the programme's own admission conditions from its
 * content (toelatingsexamen, artistieke toelatingsproef, …), each shown as a condition on the step.
 */
import type { HoAdmission } from '../../schemas/enums.ts';
import { KIND_DESTINATION, type RouteCatalogue } from './catalogue.ts';
import { nextSteps, worstStatus } from './next-steps.ts';
import type { RuleId } from './rules.ts';
import type { Attest, Position, Reason, RouteProgramme, Step } from './types.ts';

/** Admission kinds you must pass before you may start: an exam or a proef. The others are other conditions. */
export const ENTRANCE_EXAMS: readonly HoAdmission[] = [
  'toelatingsexamen-arts',
  'toelatingsexamen-tandarts',
  'toelatingsexamen-dierenarts',
  'artistieke-toelatingsproef',
];

export function isEntranceExam(kind: HoAdmission): boolean {
  return ENTRANCE_EXAMS.includes(kind);
}

/** The programme's own conditions as reasons; the text is the programme's note (content, with its source). */
export function admissionReasons(programme: RouteProgramme): Reason[] {
  return programme.admission.map((a) => ({
    rule: (isEntranceExam(a.kind) ? 'opleiding-toelatingsexamen' : 'opleiding-voorwaarde') satisfies RuleId,
    text: a.note,
  }));
}

/**
 * The step to a programme, from the step to the page of its kind. An excluded kind stays excluded (with the same
 * reasons); otherwise each admission condition makes the step at least "voorwaarde".
 */
export function programmeStep(kindStep: Step, programme: RouteProgramme): Step {
  const own = admissionReasons(programme);
  const status = kindStep.status === 'uitgesloten' || own.length === 0 ? kindStep.status : worstStatus(kindStep.status, 'voorwaarde');
  return {
    id: programme.id,
    year: null,
    status,
    move: kindStep.move,
    logical: kindStep.logical,
    reasons: kindStep.status === 'uitgesloten' ? kindStep.reasons : [...kindStep.reasons, ...own],
  };
}

/** Every programme a pupil can step into next school year from a position, with status and reasons. */
export function programmeSteps(catalogue: RouteCatalogue, from: Position, attest: Attest): Step[] {
  const byKind = new Map(nextSteps(catalogue, from, attest).steps.filter((s) => s.move === 'verder').map((s) => [s.id, s]));
  return catalogue.programmes.flatMap((programme) => {
    const kindStep = byKind.get(KIND_DESTINATION[programme.kind]);
    return kindStep ? [programmeStep(kindStep, programme)] : [];
  });
}
