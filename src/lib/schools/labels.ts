/** Dutch words for school data, and the coverage notice every school list shows until a full import is run. */
export const NET_LABELS = {
  'GO!': 'GO! (gemeenschapsonderwijs)',
  'officieel gesubsidieerd': 'Officieel gesubsidieerd onderwijs',
  'vrij gesubsidieerd': 'Vrij gesubsidieerd onderwijs',
} as const;

export const COVERAGE_NOTICE =
  'Nog niet alle scholen: deze lijst bevat nu alleen een deel van de secundaire scholen in Antwerpen (met Aartselaar) en Gent, uit de officiële open data van Onderwijs Vlaanderen. Vind je een school niet, dan bestaat ze misschien wel.';
