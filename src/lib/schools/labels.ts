/** Dutch words for school data, and the notice every school list shows about what the data covers. */
export const NET_LABELS = {
  'GO!': 'GO! (gemeenschapsonderwijs)',
  'officieel gesubsidieerd': 'Officieel gesubsidieerd onderwijs',
  'vrij gesubsidieerd': 'Vrij gesubsidieerd onderwijs',
  onafhankelijk: 'Onafhankelijk onderwijs (erkend, niet gesubsidieerd)',
} as const;

/** The school year the imported offer is for, and when the official data was fetched (scripts/data/README.md). */
export const OFFER_SCHOOL_YEAR = '2026-2027';
export const OFFER_FETCHED = '2026-09-01';

export const COVERAGE_NOTICE =
  'Het aanbod is dat van schooljaar 2026–2027, uit de officiële open data van Onderwijs Vlaanderen, opgehaald op 1 september 2026. De lijst bevat alle gewone voltijdse secundaire scholen in Vlaanderen en Brussel (geen buitengewoon onderwijs). Scholen kunnen hun aanbod nog wijzigen: vraag het altijd na bij de school.';
