/**
 * What a pupil gets at the end of this school year, which decides what the questionnaire and the explorer ask:
 * an oriënteringsattest (A, B or C), a studiebewijs in the last year of a study (you pass and get your diploma or
 * getuigschrift, or you get a C-attest: no B-attest, content/guides/attesten-uitgelegd.md), the getuigschrift of
 * basisonderwijs, or nothing of the kind (OKAN, BuSO opleidingsvorm 1 to 3, after secondary school).
 */
import { followsOrdinaryYears, type RouteCatalogue } from './catalogue.ts';
import type { Position } from './types.ts';

export type AttestKind = 'getuigschrift-bao' | 'orientering' | 'studiebewijs' | 'geen';

export function attestKindAt(catalogue: RouteCatalogue, position: Position): AttestKind {
  if (position.kind === 'basisonderwijs') return 'getuigschrift-bao';
  const located = catalogue.stageOf(position);
  if ('error' in located || !located.study) return 'geen';
  const { stage, study } = located;
  const lastYear = position.year === study.leerjaren.at(-1);
  switch (stage) {
    case '1A':
    case '1B':
    case '2A':
    case '2B':
    case 'graad2':
      return 'orientering';
    case 'graad3':
      return lastYear ? 'studiebewijs' : 'orientering';
    case 'zevende':
      return 'studiebewijs';
    case 'buso':
      // Opleidingsvorm 4 ends with the same diploma as the 6de jaar of the gewoon onderwijs.
      if (!followsOrdinaryYears(study)) return 'geen';
      return lastYear ? 'studiebewijs' : 'orientering';
    default:
      return 'geen';
  }
}

/**
 * How the explorer's picture names what the year ends with: the attest where there is one, "Geslaagd" or "Niet
 * geslaagd" in a last year, nothing where the year ends without an attest (BuSO opleidingsvorm 1 to 3, OKAN) or with
 * the getuigschrift of basisonderwijs (the start already says with or without it).
 */
export function attestOutcomeLabel(kind: AttestKind, type: 'A' | 'B' | 'C'): string | null {
  switch (kind) {
    case 'orientering':
      return `${type}-attest`;
    case 'studiebewijs':
      return type === 'C' ? 'Niet geslaagd (C-attest)' : 'Geslaagd';
    default:
      return null;
  }
}
