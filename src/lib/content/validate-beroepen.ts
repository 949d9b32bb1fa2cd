/**
 * Cross-file checks on the beroepen: every beroep id on a programme exists, every beroep a study page names has a
 * beroep file, two beroep files never claim the same name, and a beroep that nothing leads to is reported.
 */
import type { ContentProblem } from './problems.ts';
import { beroepIndex, beroepKey, beroepLinks, type BeroepNode } from './beroepen.ts';
import { suggest } from './validate-graph.ts';

export interface BeroepFile extends BeroepNode {
  file: string;
}

export interface FileWithBeroepen {
  id: string;
  file: string;
  beroepen: string[];
}

export function validateBeroepen(beroepen: BeroepFile[], studies: FileWithBeroepen[], programmes: FileWithBeroepen[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const claimed = new Map<string, string>();
  for (const b of beroepen) {
    [b.name, ...b.synonyms].forEach((name, index) => {
      const key = beroepKey(name);
      const owner = claimed.get(key);
      const field = index === 0 ? 'name' : `synonyms.${index - 1}`;
      if (owner !== undefined && owner !== b.file) problems.push({ file: b.file, field, message: `"${name}" staat ook in ${owner}` });
      else claimed.set(key, b.file);
    });
  }
  const index = beroepIndex(beroepen);
  for (const study of studies) {
    study.beroepen.forEach((text, i) => {
      if (!index.has(beroepKey(text))) {
        problems.push({ file: study.file, field: `beroepen.${i}`, message: `geen beroep "${text}" in content/beroepen/ (maak het bestand content/beroepen/${beroepKey(text)}.yaml of voeg een synoniem toe)` });
      }
    });
  }
  const ids = new Set(beroepen.map((b) => b.id));
  for (const programme of programmes) {
    programme.beroepen.forEach((id, i) => {
      if (!ids.has(id)) problems.push({ file: programme.file, field: `beroepen.${i}`, message: `onbekend beroep "${id}"${suggest(id, ids)}` });
    });
  }
  const links = beroepLinks(beroepen, studies, programmes);
  for (const b of beroepen) {
    const l = links.get(b.id)!;
    if (l.studies.length === 0 && l.programmes.length === 0) problems.push({ file: b.file, field: '', message: 'geen enkele studie of opleiding leidt naar dit beroep' });
  }
  return problems;
}
