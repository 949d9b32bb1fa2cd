/** Bundled by scripts/bench-search.ts for the Chromium run: exposes both engines on window. */
import { createSearchEngine } from '../../src/lib/search/engine.ts';
import { createFuseEngine } from '../../src/lib/search/fuse-engine.ts';

(globalThis as unknown as Record<string, unknown>).benchEngines = { minisearch: createSearchEngine, fuse: createFuseEngine };
