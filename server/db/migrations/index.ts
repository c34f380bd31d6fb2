import type { Migration } from '../migrate';
import { initial } from './0001-initial';
import { cases } from './0002-cases';

/** Every migration, in order. A new schema version is a new numbered file added here. */
export const MIGRATIONS: readonly Migration[] = [initial, cases];
