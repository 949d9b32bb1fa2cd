/**
 * Creates a beroep file (content/beroepen/<id>.yaml) for every beroep a study page names that no beroep file
 * matches yet, with only the name: no description is invented. Existing files are never changed.
 *
 *   npx tsx scripts/seed-beroepen.ts [content-folder]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import { beroepIndex, beroepKey, splitMention } from '../src/lib/content/beroepen.ts';
import { loadContent } from './lib/load-content.ts';

const root = new URL('..', import.meta.url).pathname;
const contentDir = resolve(process.argv[2] ?? join(root, 'content'));
const content = loadContent(contentDir, root);
const index = beroepIndex(content.beroepen.map((b) => ({ id: b.id, name: b.data.name, synonyms: b.data.synonyms })));
const dir = join(contentDir, 'beroepen');
mkdirSync(dir, { recursive: true });
let added = 0;
for (const study of content.studies) {
  for (const text of study.data.beroepen) {
    const key = beroepKey(text);
    if (index.has(key)) continue;
    const file = join(dir, `${key}.yaml`);
    if (!existsSync(file)) {
      writeFileSync(file, stringify({ name: splitMention(text).name }));
      added += 1;
    }
    index.set(key, key);
  }
}
console.log(`${added} beroepen added in ${dir}; ${index.size} names known.`);
