import { describe, expect, it } from 'vitest';
import { MAX_VISITED, precacheList, serviceWorkerSource, urlOf } from './precache.ts';

const files = [
  { path: '/index.html', hash: 'aaaaaaaaaaaa' },
  { path: '/studies/latijn-2de-graad/index.html', hash: 'bbbbbbbbbbbb' },
  { path: '/_astro/client.js', hash: 'cccccccccccc' },
  { path: '/data/scholen.json', hash: 'dddddddddddd' },
  { path: '/data/studies.json', hash: 'eeeeeeeeeeee' },
  { path: '/data/scholen-compact.json', hash: '222222222222' },
  { path: '/scholen/zoeken/index.html', hash: '333333333333' },
  { path: '/_headers', hash: 'ffffffffffff' },
  { path: '/offline/index.html', hash: '111111111111' },
];

/** Runs the generated worker against in-memory stand-ins for the Cache API, fetch and the worker scope. */
type Shared = { caches: Map<string, Map<string, Body>>; online: boolean; fetched: string[] };
/** A stand-in for a Response: prints as its body. */
type Body = { ok: true; redirected: false; clone: () => Body; toString: () => string };
const body = (url: string): Body => ({ ok: true, redirected: false, clone: () => body(url), toString: () => `body of ${url}` });

function runWorker(source: string, shared: Shared) {
  const handlers: Record<string, (event: unknown) => void> = {};
  const scope = { addEventListener: (type: string, fn: (e: unknown) => void) => (handlers[type] = fn), skipWaiting: async () => {}, clients: { claim: async () => {} }, location: { origin: 'https://rw.example' } };
  const cacheOf = (name: string) => {
    if (!shared.caches.has(name)) shared.caches.set(name, new Map());
    const store = shared.caches.get(name)!;
    return {
      match: async (key: string) => store.get(key),
      // Like the Cache API: a put replaces the entry and moves it to the end of keys().
      put: async (key: string, value: Body) => void (store.delete(key), store.set(key, value)),
      keys: async () => [...store.keys()],
      delete: async (key: string) => store.delete(key),
    };
  };
  const caches = { open: async (name: string) => cacheOf(name), keys: async () => [...shared.caches.keys()], delete: async (name: string) => shared.caches.delete(name) };
  const fetch = async (input: string | { url: string }) => {
    const url = typeof input === 'string' ? input : new URL(input.url).pathname;
    if (!shared.online) throw new TypeError('offline');
    shared.fetched.push(url);
    return body(url);
  };
  new Function('self', 'caches', 'fetch', source)(scope, caches, fetch);
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    handlers[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  const request = async (url: string, mode = 'no-cors') => {
    const box: { answer?: Promise<unknown> } = {};
    handlers.fetch!({ request: { url, method: 'GET', mode }, respondWith: (p: Promise<unknown>) => (box.answer = p) });
    return box.answer ? String(await box.answer) : 'not handled';
  };
  return { lifecycle, request };
}

describe('offline precache', () => {
  it('lists the shell pages by their URL and the files pages load; not other pages, the open-data exports or host files', () => {
    expect(precacheList(files).entries.map(([url]) => url)).toEqual(['/_astro/client.js', '/data/scholen-compact.json', '/', '/offline/', '/scholen/zoeken/']);
    expect(urlOf('/x/index.html')).toBe('/x/');
  });

  it('changes version when any kept file changes, and not when a skipped one does', () => {
    const base = precacheList(files).version;
    expect(precacheList(files.map((f) => (f.path === '/index.html' ? { ...f, hash: 'zzzzzzzzzzzz' } : f))).version).not.toBe(base);
    expect(precacheList(files.map((f) => (f.path === '/_headers' ? { ...f, hash: 'zzzzzzzzzzzz' } : f))).version).toBe(base);
    expect(precacheList([...files].reverse()).version).toBe(base);
  });

  it('stores everything on the first visit, and on a new version downloads only what changed', async () => {
    const shared: Shared = { caches: new Map(), online: true, fetched: [] };
    const first = precacheList(files);
    const v1 = runWorker(serviceWorkerSource(first.entries, first.version), shared);
    await v1.lifecycle('install');
    await v1.lifecycle('activate');
    expect(shared.fetched.sort()).toEqual(['/', '/_astro/client.js', '/data/scholen-compact.json', '/offline/', '/scholen/zoeken/']);

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
    const shared: Shared = { caches: new Map(), online: true, fetched: [] };
    const { entries, version } = precacheList(files);
    const worker = runWorker(serviceWorkerSource(entries, version), shared);
    await worker.lifecycle('install');
    shared.online = false;
    expect(await worker.request('https://rw.example/scholen/zoeken/?plaats=9000', 'navigate')).toBe('body of /scholen/zoeken/');
    expect(await worker.request('https://rw.example/_astro/client.js', 'cors')).toBe('body of /_astro/client.js');
    expect(await worker.request('https://rw.example/studies/latijn-2de-graad/', 'navigate')).toBe('body of /offline/');
    expect(await worker.request('https://elders.example/x.js')).toBe('not handled');
  });

  it('keeps a page the pupil opened for offline reading, the newest visits first, also across versions', async () => {
    const shared: Shared = { caches: new Map(), online: true, fetched: [] };
    const first = precacheList(files);
    const worker = runWorker(serviceWorkerSource(first.entries, first.version), shared);
    await worker.lifecycle('install');
    await worker.lifecycle('activate');
    shared.fetched = [];
    expect(await worker.request('https://rw.example/studies/latijn-2de-graad/?x=1', 'navigate')).toBe('body of /studies/latijn-2de-graad/');
    expect(shared.fetched).toEqual(['/studies/latijn-2de-graad/']);

    const second = precacheList(files.map((f) => (f.path === '/index.html' ? { ...f, hash: 'a3a3a3a3a3a3' } : f)));
    const updated = runWorker(serviceWorkerSource(second.entries, second.version), shared);
    await updated.lifecycle('install');
    await updated.lifecycle('activate');
    shared.online = false;
    expect(await updated.request('https://rw.example/studies/latijn-2de-graad/', 'navigate')).toBe('body of /studies/latijn-2de-graad/');

    shared.online = true;
    for (let i = 0; i <= MAX_VISITED; i++) await updated.request(`https://rw.example/scholen/school-${i}/`, 'navigate');
    shared.online = false;
    expect(await updated.request('https://rw.example/studies/latijn-2de-graad/', 'navigate')).toBe('body of /offline/');
    expect(await updated.request(`https://rw.example/scholen/school-${MAX_VISITED}/`, 'navigate')).toBe(`body of /scholen/school-${MAX_VISITED}/`);
    // Files that are not pages are not kept on the way.
    shared.online = true;
    await updated.request('https://rw.example/data/studies.json', 'cors');
    expect([...shared.caches.get('richtingwijzer-visited')!.keys()]).not.toContain('/data/studies.json');
  });
});
