/**
 * Checks on the built HTML that need no browser: every page has a unique <title>, a meta description, the lang (and
 * dir) of its language (lang="nl", or the language of /<lang>/ for a translated page) and exactly one <h1>; every
 * internal link and hreflang alternate points to a page or file that exists, and every #anchor to an id on it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { languageOfPath } from '../../src/lib/translations/languages.ts';

export interface StaticProblem {
  url: string;
  message: string;
}

export interface HtmlPage {
  url: string;
  html: string;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!));
}

/** The built page or file a root-relative path points to: its URL key (for pages) or null when missing. */
function target(dist: string, path: string): { page: string | null; exists: boolean } {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return { page: file.endsWith('.html') ? path : null, exists: true };
  const index = join(file, 'index.html');
  if (existsSync(index)) return { page: path.endsWith('/') ? path : `${path}/`, exists: true };
  return { page: null, exists: false };
}

/** Remembers each answer: 2,600 pages hold about 300,000 links to a few thousand targets. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

export function staticChecks(dist: string, pages: HtmlPage[]): StaticProblem[] {
  const problems: StaticProblem[] = [];
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const targetOf = memo((path: string) => target(dist, path));
  const idsOfPage = memo((page: HtmlPage) => idsOf(page.html));
  const titles = new Map<string, string[]>();
  for (const { url, html } of pages) {
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
    if (!title) problems.push({ url, message: 'geen <title>' });
    else titles.set(title, [...(titles.get(title) ?? []), url]);
    const description = /<meta\b[^>]*name="description"[^>]*>/.exec(html)?.[0];
    if (!description || !(attr(description, 'content') ?? '').trim()) problems.push({ url, message: 'geen meta description' });
    const htmlTag = /<html\b[^>]*>/.exec(html)?.[0] ?? '';
    const language = languageOfPath(url);
    if (attr(htmlTag, 'lang') !== language.code) problems.push({ url, message: `lang is "${attr(htmlTag, 'lang') ?? ''}", niet "${language.code}"` });
    if ((attr(htmlTag, 'dir') ?? 'ltr') !== language.dir) problems.push({ url, message: `dir is "${attr(htmlTag, 'dir') ?? ''}", niet "${language.dir}"` });
    // A Dutch word in a translation that was not turned into <span lang="nl"> still shows its [[…]] marks.
    if (language.code !== 'nl' && /\[\[[^\]]+\]\]/.test(html)) problems.push({ url, message: `Nederlands woord zonder lang="nl": ${/\[\[[^\]]+\]\]/.exec(html)![0]}` });
    for (const link of html.matchAll(/<link\b[^>]*rel="alternate"[^>]*>/g)) {
      const href = attr(link[0], 'href');
      if (href?.startsWith('/') && !targetOf(href).exists) problems.push({ url, message: `hreflang-link naar ${href}: die pagina bestaat niet` });
    }
    // Markdown that did not become markup (e.g. ** glued to an Arabic letter) shows its asterisks to the reader.
    const body = html.slice(Math.max(0, html.indexOf('<body')));
    const text = body.replace(/<(script|style|pre|code)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const stray = /.{0,30}\*\*.{0,30}/.exec(text);
    if (stray) problems.push({ url, message: `Markdown-tekens ** in de tekst: "${stray[0].trim()}"` });
    const h1 = (html.match(/<h1[\s>]/g) ?? []).length;
    if (h1 !== 1) problems.push({ url, message: `${h1} h1-koppen in plaats van 1` });

    for (const match of html.matchAll(/<a\b[^>]*>/g)) {
      const href = attr(match[0], 'href');
      if (href === undefined || /^(https?:|mailto:|tel:|data:)/.test(href)) continue;
      const [pathPart, hash] = href.split('#');
      const resolved = pathPart === '' ? url : new URL(pathPart!, `http://x${url}`).pathname;
      const found = targetOf(resolved);
      if (!found.exists) {
        problems.push({ url, message: `kapotte link naar ${href}` });
        continue;
      }
      if (hash && /^[\w-]+$/.test(hash) && found.page) {
        const page = byUrl.get(found.page);
        if (page && !idsOfPage(page).has(hash)) problems.push({ url, message: `link naar ${href}: geen element met id "${hash}"` });
      }
    }
  }
  for (const [title, urls] of titles) {
    if (urls.length > 1) problems.push({ url: urls.join(', '), message: `dezelfde <title> "${title}" op ${urls.length} pagina's` });
  }
  return problems;
}

export function readPage(file: string, url: string): HtmlPage {
  return { url, html: readFileSync(file, 'utf8') };
}
