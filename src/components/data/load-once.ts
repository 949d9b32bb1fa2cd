/**
 * Site data an island reads only when it needs it (schools, programmes, the aansluiting): one request per page,
 * however many parts of the page ask, and after a failure the next ask tries again.
 */

/** A JSON file of the site; rejects on a network or HTTP error. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** `load` once; a rejected load is forgotten, so the next call starts it again. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}
