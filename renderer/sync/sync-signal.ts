/**
 * A tiny signal between the screens and the sync loop: a new record asks for a sync soon. The sync
 * scheduler subscribes; if none is running (tests, first start), the request is simply dropped
 * because the record is already safe in the outbox.
 */
export type SyncReason = 'record-created' | 'manual' | 'online' | 'start' | 'timer';

type Listener = (reason: SyncReason) => void;
const listeners = new Set<Listener>();

export function requestSync(reason: SyncReason): void {
  for (const l of listeners) l(reason);
}

export function onSyncRequest(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
