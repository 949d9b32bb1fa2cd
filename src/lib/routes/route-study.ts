/** Picks the facts the route rules need from a study page, so the build, the browser and the CLI share one shape. */
import type { StudyData } from '../../schemas/study.ts';
import type { RouteStudy } from './types.ts';

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
