/**
 * Rehype plugin for study pages: links the first occurrence of each glossary term in the text to its explanation
 * in the "Begrippen op deze pagina" box of the same page (#begrip-<id>). Terms are read from content/glossary.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compileTerms, splitOnTerms } from '../lib/content/link-terms.ts';
import type { HastNode } from './hast-node.ts';


const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export function readGlossaryForms(glossaryDir: string) {
  if (!existsSync(glossaryDir)) return [];
  return readdirSync(glossaryDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(glossaryDir, f), 'utf8'));
      const data = (match ? parse(match[1]!) : {}) as { term?: string; aliases?: string[] };
      return { id: f.slice(0, -3), forms: [data.term, ...(data.aliases ?? [])].filter((x): x is string => !!x) };
    });
}

export function rehypeGlossaryTerms(options: { glossaryDir: string; onlyUnder: string }) {
  const compiled = compileTerms(readGlossaryForms(options.glossaryDir));
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!path.includes(options.onlyUnder)) return;
    const used = new Set<string>();
    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        if (child.type === 'element' && SKIP.has(child.tagName ?? '')) return [child];
        if (child.type === 'text' && child.value) {
          return splitOnTerms(child.value, compiled, used).map((segment) =>
            segment.termId
              ? {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: `#begrip-${segment.termId}`, className: ['term'] },
                  children: [{ type: 'text', value: segment.text }],
                }
              : { type: 'text', value: segment.text },
          );
        }
        walk(child);
        return [child];
      });
    };
    walk(tree);
  };
}
