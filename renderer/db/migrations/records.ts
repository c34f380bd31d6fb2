import type { Dexie } from 'dexie';
import { recordsV1 } from './records/v1';
import { recordsV2 } from './records/v2';
import { recordsV3 } from './records/v3';
import { recordsV4 } from './records/v4';
import { recordsV5 } from './records/v5';
import { recordsV6 } from './records/v6';
import { recordsV7 } from './records/v7';

/**
 * Schema versions of the records database, oldest first, one frozen file per version in
 * `records/`. Never edit a shipped version: add a new file (records on kiosks in the field were
 * written under every version listed here). Each file is self-contained: it copies the rules it
 * needs as they were when it shipped and imports no live domain code, so changing today's code
 * cannot change what an old step does. records.test.ts opens a database written at every version.
 */
export const RECORDS_VERSIONS = [
  recordsV1,
  recordsV2,
  recordsV3,
  recordsV4,
  recordsV5,
  recordsV6,
  recordsV7,
] as const;

export function applyRecordsMigrations(db: Dexie, upTo: number = RECORDS_VERSIONS.length): void {
  for (const version of RECORDS_VERSIONS.slice(0, upTo)) version(db);
}
