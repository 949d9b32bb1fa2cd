/**
 * The catalogue facets (graad, stroom, finaliteit, domein, onderwijsvorm): the values a study has for each, and
 * whether a study matches a selection. Values within one facet are alternatives (OR); facets combine with AND.
 * Shared by the pre-rendered facet pages and the script that filters the catalogue in the browser.
 */
import { DOMAIN_IDS, FINALITEITEN, ONDERWIJSVORMEN, STROMEN } from '../../schemas/enums.ts';

export const FACETS = ['graad', 'stroom', 'finaliteit', 'domein', 'onderwijsvorm'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_VALUES: Record<Facet, readonly string[]> = {
  graad: ['1', '2', '3'],
  stroom: STROMEN,
  finaliteit: FINALITEITEN,
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
}): FacetValues {
  return {
    graad: study.graad === null ? [] : [String(study.graad)],
    stroom: study.stroom,
    finaliteit: study.finaliteit === null ? [] : [study.finaliteit],
    domein: study.domein,
    onderwijsvorm: study.onderwijsvorm,
  };
}

export function matches(values: FacetValues, selection: Selection): boolean {
  return FACETS.every((facet) => {
    const wanted = selection[facet];
    return !wanted || wanted.length === 0 || wanted.some((value) => values[facet].includes(value));
  });
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
