import type { Migration } from '../migrate';
import { initial } from './0001-initial';
import { cases } from './0002-cases';
import { volunteers } from './0003-volunteers';
import { enrollNonce } from './0004-enroll-nonce';
import { consoleAccounts } from './0005-console-accounts';
import { consoleCaseIndex } from './0006-console-case-index';
import { monthlyStats } from './0007-monthly-stats';
import { rooms } from './0008-rooms';
import { deviceWipe } from './0009-device-wipe';
import { caseTeamsSortKeys } from './0010-case-teams-sort-keys';
import { triageQueue } from './0011-triage-queue';
import { suggestionsTypicalCases } from './0012-suggestions-typical-cases';
import { screening } from './0013-screening';

/** Every migration, in order. A new schema version is a new numbered file added here. */
export const MIGRATIONS: readonly Migration[] = [
  initial,
  cases,
  volunteers,
  enrollNonce,
  consoleAccounts,
  consoleCaseIndex,
  monthlyStats,
  rooms,
  deviceWipe,
  caseTeamsSortKeys,
  triageQueue,
  suggestionsTypicalCases,
  screening,
];
