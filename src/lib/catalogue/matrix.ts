/**
 * The matrix of the modernised secondary education for one graad: finaliteiten as rows, studiedomeinen as columns,
 * and in every cell the studierichtingen of that finaliteit and domein (a richting in several domeinen appears in each).
 */
import { DOMAIN_IDS, FINALITEITEN, type DomainId, type Finaliteit } from '../../schemas/enums.ts';

export interface MatrixStudy {
  id: string;
  kind: string;
  graad: number | null;
  finaliteit: Finaliteit | null;
  domein: DomainId[];
}

export type Matrix<T> = Record<Finaliteit, Record<DomainId, T[]>>;

export function buildMatrix<T extends MatrixStudy>(studies: T[], graad: 2 | 3): Matrix<T> {
  const matrix = Object.fromEntries(
    FINALITEITEN.map((f) => [f, Object.fromEntries(DOMAIN_IDS.map((d) => [d, [] as T[]]))]),
  ) as Matrix<T>;
  for (const study of studies) {
    if (study.kind !== 'studierichting' || study.graad !== graad || study.finaliteit === null) continue;
    for (const domain of study.domein) matrix[study.finaliteit][domain].push(study);
  }
  return matrix;
}
