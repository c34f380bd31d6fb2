/**
 * The one way screens watch the databases: Dexie's live queries, re-exported so that `dexie` and
 * `dexie-react-hooks` are imported only inside `renderer/db/` (eslint.config.js). A screen passes
 * a query function from this folder; it never opens a table itself.
 */
export { useLiveQuery } from 'dexie-react-hooks';
export { liveQuery } from 'dexie';
