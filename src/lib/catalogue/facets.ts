/**
 * The catalogue facets (graad, stroom, finaliteit, leerweg, leerjaar, domein, onderwijsvorm): the values a study has
 * for each, and
 * whether a study matches a selection. Values within one facet are alternatives (OR); facets combine with AND.
 * Shared by the pre-rendered facet pages and the script that filters the catalogue in the browser.
 */
import { DOMAIN_IDS, FINALITEITEN, ONDERWIJSVORMEN, STROMEN, type Duaal } from '../../schemas/enums.ts';

export const FACETS = ['graad', 'stroom', 'finaliteit', 'leerweg', 'leerjaar', 'domein', 'onderwijsvorm'] as const;
export type Facet = (typeof FACETS)[number];

/**
 * The 7th school year: the only year that is a choice of its own (years 1-6 are found through the graad). Every facet
 * value is a pre-rendered page, so the leerweg and leerjaar facets have one value each.
 */
const ZEVENDE_JAAR = 7;

export const FACET_VALUES: Record<Facet, readonly string[]> = {
  graad: ['1', '2', '3'],
  stroom: STROMEN,
  finaliteit: FINALITEITEN,
  // A study offered also or only as duaal leren: a pupil who wants to learn at work wants both.
  leerweg: ['duaal'],
  leerjaar: [String(ZEVENDE_JAAR)],
  domein: DOMAIN_IDS,
  onderwijsvorm: ONDERWIJSVORMEN,
};

export type FacetValues = Record<Facet, string[]>;
export type Selection = Partial<Record<Facet, string[]>>;

export function facetValuesOf(study: {
  graad: number | null;
  stroom: string[];
  finaliteit: string | null;
  domein: string[];
  onderwijsvorm: string[];
  duaal: Duaal;
  leerjaren: number[];
}): FacetValues {
  return {
    graad: study.graad === null ? [] : [String(study.graad)],
    stroom: study.stroom,
    finaliteit: study.finaliteit === null ? [] : [study.finaliteit],
    leerweg: study.duaal === 'nee' ? [] : ['duaal'],
    leerjaar: study.leerjaren.includes(ZEVENDE_JAAR) ? [String(ZEVENDE_JAAR)] : [],
    domein: study.domein,
    onderwijsvorm: study.onderwijsvorm,
  };
}

/**
 * Whether a study with these values is in the selection. A facet missing from `values` counts as empty: the list
 * items in the HTML carry only their non-empty facets (see compactValues).
 */
export function matches(values: Partial<FacetValues>, selection: Selection): boolean {
  return FACETS.every((facet) => {
    const wanted = selection[facet];
    return !wanted || wanted.length === 0 || wanted.some((value) => values[facet]?.includes(value) ?? false);
  });
}

/** The values without their empty facets: every catalogue page lists every study, so each byte here repeats per study. */
export function compactValues(values: FacetValues): Partial<FacetValues> {
  return Object.fromEntries(Object.entries(values).filter(([, list]) => list.length > 0));
}

/**
 * Reads a selection from URL query parameters (`?graad=2&domein=stem&domein=sport` or `domein=stem,sport`).
 * Unknown facets and values are ignored, so an odd or hand-edited URL never breaks the page.
 */
export function selectionFromParams(params: URLSearchParams): Selection {
  const selection: Selection = {};
  for (const facet of FACETS) {
    const values = params
      .getAll(facet)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => FACET_VALUES[facet].includes(v));
    if (values.length > 0) selection[facet] = [...new Set(values)];
  }
  return selection;
}

export function selectionToParams(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of FACETS) for (const value of selection[facet] ?? []) params.append(facet, value);
  return params;
}

/** Adds the value when absent, removes it when present. */
export function toggle(selection: Selection, facet: Facet, value: string): Selection {
  const current = selection[facet] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const result = { ...selection, [facet]: next };
  if (next.length === 0) delete result[facet];
  return result;
}

export function isSelected(selection: Selection, facet: Facet, value: string): boolean {
  return selection[facet]?.includes(value) ?? false;
}
