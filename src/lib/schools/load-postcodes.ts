/** Reads scripts/data/postcodes.json (Node only: the build and the CLI; the browser loads /data/postcodes.json). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PostcodeTable } from './cli-schools.ts';

export function loadPostcodes(root = process.cwd()): PostcodeTable {
  return JSON.parse(readFileSync(join(root, 'scripts/data/postcodes.json'), 'utf8')) as PostcodeTable;
}
