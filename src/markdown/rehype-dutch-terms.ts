/**
 * Rehype plugin for the translated pages (content/translations/): Dutch words written [[term]] or [[nl:words]] are
 * shown as they are, in a <span lang="nl">, so a screen reader pronounces them in Dutch.
 */
import { splitDutch } from '../lib/translations/dutch-terms.ts';
import type { HastNode } from './hast-node.ts';


const SKIP = new Set(['code', 'pre']);

export function rehypeDutchTerms(options: { onlyUnder: string }) {
  return (tree: HastNode, file: { path?: string; history?: string[] }) => {
    const path = file.path ?? file.history?.[0] ?? '';
    if (!path.includes(options.onlyUnder)) return;
    const walk = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        if (child.type === 'element' && SKIP.has(child.tagName ?? '')) return [child];
        if (child.type === 'text' && child.value?.includes('[[')) {
          return splitDutch(child.value).map((segment) =>
            segment.dutch
              ? { type: 'element', tagName: 'span', properties: { lang: 'nl', className: ['nl-term'] }, children: [{ type: 'text', value: segment.text }] }
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
