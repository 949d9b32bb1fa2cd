import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerSource, urlOf } from './precache.ts';

const files = [
  { path: '/index.html', hash: 'aaaaaaaaaaaa' },
  { path: '/studies/latijn-2de-graad/index.html', hash: 'bbbbbbbbbbbb' },
  { path: '/_astro/client.js', hash: 'cccccccccccc' },
  { path: '/data/scholen.json', hash: 'dddddddddddd' },
  { path: '/data/studies.json', hash: 'eeeeeeeeeeee' },
  { path: '/_headers', hash: 'ffffffffffff' },
  { path: '/offline/index.html', hash: '111111111111' },
];

/** Runs the generated worker against in-memory stand-ins for the Cache API, fetch and the worker scope. */
function runWorker(source: string, shared: { caches: Map<string, Map<string, string>>; online: boolean; fetched: string[] }) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const scope = { addEventListener: (type: string, fn: (e: unknown) => void) => (handlers[type] = fn), skipWaiting: async () => {}, clients: { claim: async () => {} }, location: { origin: 'https://rw.example' } };
  const cacheOf = (name: string) => {
    if (!shared.caches.has(name)) shared.caches.set(name, new Map());
    const store = shared.caches.get(name)!;
    return { match: async (key: string) => store.get(key), put: async (key: string, value: string) => void store.set(key, value) };
  };
  const caches = { open: async (name: string) => cacheOf(name), keys: async () => [...shared.caches.keys()], delete: async (name: string) => shared.caches.delete(name) };
  const fetch = async (input: string | { url: string }) => {
    const url = typeof input === 'string' ? input : new URL(input.url).pathname;
    if (!shared.online) throw new TypeError('offline');
    shared.fetched.push(url);
    return Object.assign(`body of ${url}`, { ok: true });
  };
  new Function('self', 'caches', 'fetch', source)(scope, caches, fetch);
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    handlers[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const request = async (url: string, mode = 'no-cors') => {
    let answer: Promise<unknown> | null = null;
    handlers.fetch!({ request: { url, method: 'GET', mode }, respondWith: (p: Promise<unknown>) => (answer = p) });
    return answer === null ? 'not handled' : String(await answer);
  };
  return { lifecycle, request };
}

describe('offline precache', () => {
  it('lists every page by its URL and the files pages load, not the open-data export or host files', () => {
    expect(precacheList(files).entries.map(([url]) => url)).toEqual(['/_astro/client.js', '/data/scholen.json', '/', '/offline/', '/studies/latijn-2de-graad/']);
    expect(urlOf('/x/index.html')).toBe('/x/');
  });

  it('changes version when any kept file changes, and not when a skipped one does', () => {
    const base = precacheList(files).version;
    expect(precacheList(files.map((f) => (f.path === '/index.html' ? { ...f, hash: 'zzzzzzzzzzzz' } : f))).version).not.toBe(base);
    expect(precacheList(files.map((f) => (f.path === '/_headers' ? { ...f, hash: 'zzzzzzzzzzzz' } : f))).version).toBe(base);
    expect(precacheList([...files].reverse()).version).toBe(base);
  });

  it('stores everything on the first visit, and on a new version downloads only what changed', async () => {
    const shared = { caches: new Map<string, Map<string, string>>(), online: true, fetched: [] as string[] };
    const first = precacheList(files);
    const v1 = runWorker(serviceWorkerSource(first.entries, first.version), shared);
    await v1.lifecycle('install');
    await v1.lifecycle('activate');
    expect(shared.fetched.sort()).toEqual(['/', '/_astro/client.js', '/data/scholen.json', '/offline/', '/studies/latijn-2de-graad/']);

    shared.fetched = [];
    const second = precacheList(files.map((f) => (f.path === '/index.html' ? { ...f, hash: 'a2a2a2a2a2a2' } : f)));
    const v2 = runWorker(serviceWorkerSource(second.entries, second.version), shared);
    await v2.lifecycle('install');
    expect(shared.fetched).toEqual(['/']);
    await v2.lifecycle('activate');
    expect([...shared.caches.keys()]).toEqual([`richtingwijzer-${second.version}`]);
    expect(shared.caches.get(`richtingwijzer-${second.version}`)!.size).toBe(5);
  });

  it('answers from the cache without a network, pages without their query; the offline page for the rest', async () => {
    const shared = { caches: new Map<string, Map<string, string>>(), online: true, fetched: [] as string[] };
    const { entries, version } = precacheList(files);
    const worker = runWorker(serviceWorkerSource(entries, version), shared);
    await worker.lifecycle('install');
    shared.online = false;
    expect(await worker.request('https://rw.example/studies/latijn-2de-graad/?utm=x', 'navigate')).toBe('body of /studies/latijn-2de-graad/');
    expect(await worker.request('https://rw.example/_astro/client.js', 'cors')).toBe('body of /_astro/client.js');
    expect(await worker.request('https://rw.example/bestaat-niet/', 'navigate')).toBe('body of /offline/');
    expect(await worker.request('https://elders.example/x.js')).toBe('not handled');
  });
});
