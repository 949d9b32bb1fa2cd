/**
 * Page-weight budgets for the built site: JavaScript loaded before any interaction, and HTML + CSS, both gzip.
 * Pure over measurements, so tests can feed it a broken fixture.
 */
export interface PageMeasure {
  url: string;
  /** gzip bytes of the JavaScript the page loads at start (inline, files, island modules). */
  js: number;
  /** gzip bytes of the HTML plus every stylesheet it links. */
  htmlCss: number;
}

export interface Budget {
  label: string;
  match: (url: string) => boolean;
  /** gzip bytes */
  js: number;
}

const KB = 1024;

/** First match wins. Other content pages get no JavaScript beyond registering the offline worker. */
export const BUDGETS: Budget[] = [
  // 92: the save buttons on the suggestions (0.6 KB, plus Vite's 0.6 KB loader for the store they fetch on use).
  { label: 'vragenlijst', match: (u) => u === '/vragenlijst/', js: 92 * KB },
  // 91: routes that keep the A- or B-stroom through the 2de jaar, and OV4's school years and last-year attest (stop
  // 16, +1.4 KB over 88.8).
  { label: 'routeverkenner', match: (u) => u === '/routes/', js: 91 * KB },
  { label: 'zoeken', match: (u) => u === '/zoeken/', js: 15 * KB },
  // 91: the form's lists, boxes and text fields as memo'd components with stable handlers, so a filter click redraws
  // only the control it changed instead of rewriting every input's attributes (stop 18: 90.5 KB).
  { label: 'scholenzoeker', match: (u) => u === '/scholen/zoeken/', js: 91 * KB },
  // Both read and check stored or shared choices (hand-written validators, no zod in the browser) and compute the
  // summary with the suggestion engine. Lowered from 115 and 120 KB when zod left them (103.3 and 105.9 KB).
  { label: 'mijn keuzes', match: (u) => u === '/keuzes/', js: 106 * KB },
  // 109: the session holds the route explorer and the questionnaire, so the same rules (+1.7 KB over 106.4, stop 16).
  // 111: the questionnaire's Back/Forward between questions, the B-attest picker it now shares with the explorer,
  // "Wis alles" asking once, and the share link saying what it holds (+1.7 KB over 108.2, stop 17).
  { label: 'sessie', match: (u) => u === '/sessie/', js: 111 * KB },
  // The save button: a tiny script; the store it needs is fetched only when the pupil uses it.
  { label: 'studie- of schoolpagina (bewaarknop)', match: (u) => /^\/(studies|scholen)\/[^/]+\/$/.test(u), js: 1.5 * KB },
  { label: 'catalogus (filters)', match: (u) => u === '/catalogus/' || /^\/catalogus\/[a-z]+\/[^/]+\/$/.test(u), js: 2 * KB },
  // Content pages: only the inline line that registers the offline service worker (about 0.1 KB).
  { label: 'inhoud', match: () => true, js: 0.25 * KB },
];

export const HTML_CSS_BUDGET = 50 * KB;

export interface BudgetResult extends PageMeasure {
  budget: Budget;
  problems: string[];
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

export function checkBudgets(pages: PageMeasure[], budgets: Budget[] = BUDGETS): BudgetResult[] {
  return pages.map((page) => {
    const budget = budgets.find((b) => b.match(page.url))!;
    const problems: string[] = [];
    if (page.js > budget.js) problems.push(`JavaScript ${kb(page.js)} > ${kb(budget.js)} (${budget.label})`);
    if (page.htmlCss > HTML_CSS_BUDGET) problems.push(`HTML+CSS ${kb(page.htmlCss)} > ${kb(HTML_CSS_BUDGET)}`);
    return { ...page, budget, problems };
  });
}

export function formatBudgetTable(results: BudgetResult[]): string {
  const rows = results.map((r) => `${r.problems.length > 0 ? '✖' : '✔'} ${r.url.padEnd(72)} ${kb(r.js).padStart(9)} / ${kb(r.budget.js).padStart(8)}   ${kb(r.htmlCss).padStart(8)} / ${kb(HTML_CSS_BUDGET)}`);
  return [`  ${'page'.padEnd(72)} ${'JS gzip'.padStart(9)} / budget     HTML+CSS / budget`, ...rows].join('\n');
}
