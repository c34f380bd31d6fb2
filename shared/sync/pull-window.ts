/**
 * Which changes of a pull page one kiosk database still needs. Each database (content, records)
 * keeps its own hub cursor, because IndexedDB cannot write two databases in one transaction; the
 * kiosk asks from the lower one, so a page may hold changes one database already has.
 *
 * - `stored`: that database's cursor; `requested`: the cursor the pull asked from;
 *   `pageCursor`: the cursor the hub answered with.
 * - Returns the cursor above which to apply changes, or null when the page brings nothing new.
 *
 * A hub whose database was replaced answers a cursor it never issued by starting again from 0
 * (docs/sync-protocol.md): its answer's cursor is then below the one asked for, and every database
 * starts again from 0 too (latest wins, and case events are keyed by id, so nothing doubles).
 */
export function pullWindow(stored: number, requested: number, pageCursor: number): number | null {
  if (pageCursor < requested) return 0;
  return stored >= pageCursor ? null : stored;
}
