/**
 * The programmes of higher education for a route explorer that needs them only sometimes (the CLB session's routes
 * step): nothing is downloaded until `needed` is true, and one download serves the whole page. When the file cannot
 * be read, the explorer still works with the secondary-school routes and says that the programmes are missing.
 */
import { useEffect, useState } from 'react';
import type { RouteProgramme } from '../../lib/routes/types.ts';
import { fetchJson, loadOnce } from '../data/load-once.ts';

export type RouteProgrammes = { status: 'idle' | 'loading' } | { status: 'ready'; programmes: readonly RouteProgramme[] } | { status: 'error' };

const loadRouteProgrammes = loadOnce(async () => {
  const data = await fetchJson('/data/route-programmes.json');
  if (!Array.isArray(data)) throw new Error('geen lijst');
  return data as readonly RouteProgramme[];
});

export function useRouteProgrammes(needed: boolean): RouteProgrammes {
  const [state, setState] = useState<RouteProgrammes>({ status: 'idle' });
  const start = needed && state.status === 'idle';
  useEffect(() => {
    if (!start) return;
    setState({ status: 'loading' });
    loadRouteProgrammes().then(
      (programmes) => setState({ status: 'ready', programmes }),
      () => setState({ status: 'error' }),
    );
  }, [start]);
  return state;
}
