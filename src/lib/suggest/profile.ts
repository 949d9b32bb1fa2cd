/**
 * The profile as the engine reads it, without zod (the browser bundle stays small): the same fields as
 * src/schemas/profile.ts, which validates profiles from files and the CLI.
 */
export interface ProfileData {
  version: 1;
  stage: string;
  year?: number;
  /** Extra field: the stroom of a basisoptie that exists in 2A and 2B. */
  stroom?: 'A' | 'B';
  attest?: { getuigschrift: boolean } | { type: 'A' | 'B' | 'C'; excluded?: string[] };
  interests?: Record<string, number>;
  style?: { theory?: number; talen?: number; wiskunde?: number; handen?: number; mensen?: number };
  goal?: 'hoger-onderwijs' | 'werken' | 'open';
  /** Extra field: the single interest items by question id (1-5), so suggestions can name them. */
  items?: Record<string, number>;
}

export type StyleKey = 'theory' | 'talen' | 'wiskunde' | 'handen' | 'mensen';
export const STYLE_KEYS: readonly StyleKey[] = ['theory', 'talen', 'wiskunde', 'handen', 'mensen'];
