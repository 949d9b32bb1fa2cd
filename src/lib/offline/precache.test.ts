import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerSource, urlOf } from './precache.ts';

describe('offline precache', () => {
  const files = [
    { path: '/index.html', hash: 'a' },
    { path: '/studies/latijn-2de-graad/index.html', hash: 'b' },
    { path: '/_astro/client.js', hash: 'c' },
    { path: '/data/scholen.json', hash: 'd' },
    { path: '/data/studies.json', hash: 'e' },
    { path: '/_headers', hash: 'f' },
    { path: '/404.html', hash: 'g' },
  ];

  it('lists every page by its URL and the files pages load, not the open-data export or host files', () => {
    expect(precacheList(files).urls).toEqual(['/404.html', '/_astro/client.js', '/data/scholen.json', '/', '/studies/latijn-2de-graad/']);
    expect(urlOf('/x/index.html')).toBe('/x/');
  });

  it('changes version when any kept file changes, and not when a skipped one does', () => {
    const base = precacheList(files).version;
    expect(precacheList(files.map((f) => (f.path === '/index.html' ? { ...f, hash: 'z' } : f))).version).not.toBe(base);
    expect(precacheList(files.map((f) => (f.path === '/_headers' ? { ...f, hash: 'z' } : f))).version).toBe(base);
    expect(precacheList([...files].reverse()).version).toBe(base);
  });

  it('writes a worker that precaches exactly the list and only answers same-origin GET requests', () => {
    const { urls, version } = precacheList(files);
    const source = serviceWorkerSource(urls, version);
    expect(source).toContain(`const CACHE = 'richtingwijzer-${version}';`);
    expect(source).toContain(`const URLS = ${JSON.stringify(urls)};`);
    expect(source).toContain("request.method !== 'GET' || url.origin !== self.location.origin");
    // It must parse as JavaScript.
    expect(() => new Function(source)).not.toThrow();
  });
});
