/** A problem found in a content file, named precisely enough to fix it. */
export interface ContentProblem {
  /** Path of the file, relative to the repository. */
  file: string;
  /** Dotted path of the field (e.g. `next.2`), or '' for the file as a whole. */
  field: string;
  message: string;
}

/** One line per problem: `✖ content/studies/x.md › next.2: onbekende studie "y"`. */
export function formatProblems(problems: ContentProblem[]): string {
  return problems.map((p) => `✖ ${p.file}${p.field ? ` › ${p.field}` : ''}: ${p.message}`).join('\n');
}
