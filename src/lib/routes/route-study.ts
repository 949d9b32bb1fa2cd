/** Picks the facts the route rules need from a study page (and a programme), so the build, the browser and the CLI share one shape. */
import type { StudyData } from '../../schemas/study.ts';
import type { HoProgrammeData } from '../../schemas/ho-programme.ts';
import type { RouteProgramme, RouteStudy } from './types.ts';

export function toRouteStudy(id: string, data: StudyData): RouteStudy {
  return {
    id,
    name: data.name,
    kind: data.kind,
    graad: data.graad,
    leerjaren: data.leerjaren,
    stroom: data.stroom,
    finaliteit: data.finaliteit,
    domein: data.domein,
    onderwijsvorm: data.onderwijsvorm,
    duaal: data.duaal,
    balance: data.balance,
    next: data.next,
  };
}

/** The facts of a programme of higher education the route rules need: its kind and its admission conditions. */
export function toRouteProgramme(id: string, data: Pick<HoProgrammeData, 'name' | 'kind' | 'admission'>): RouteProgramme {
  return { id, name: data.name, kind: data.kind, admission: data.admission.map((a) => ({ kind: a.kind, note: a.note })) };
}
