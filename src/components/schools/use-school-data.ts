/**
 * The school and postcode data for a part of a page that needs it only sometimes (saved schools, a comparison near
 * a place): nothing is downloaded until `needed` is true, so /keuzes/ and /sessie/ start without reading all the
 * schools of Flanders. The loader is imported on demand as well: it stays out of the page's first script.
 */
import { useEffect, useState } from 'react';
import type { Loaded } from './load-finder-data.ts';

export type SchoolData = Loaded | { status: 'idle' };

export function useSchoolData(needed: boolean): SchoolData {
  const [state, setState] = useState<SchoolData>({ status: 'idle' });
  const start = needed && state.status === 'idle';
  useEffect(() => {
    if (!start) return;
    setState({ status: 'loading' });
    // The loader keeps one download per page, so a second part that needs the data waits for the same one.
    void import('./load-finder-data.ts').then(({ loadFinderData }) => loadFinderData()).then(setState);
  }, [start]);
  return state;
}
