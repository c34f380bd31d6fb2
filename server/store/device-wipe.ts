import type { Db } from '../db/open';
import { statement } from '../db/statements';
import { audit, type AuditActor } from '../console/audit';

/**
 * Remote wipe of a lost or stolen kiosk (docs/privacy.md). Marking a device lost changes nothing
 * at once: at the device's next push or pull the hub answers `device_lost`, the kiosk erases
 * every personal field and case it holds and confirms (`confirmWipe`), and only then is its
 * credential revoked, so that the confirmation can still reach the hub. With `sendFirst` the hub
 * keeps accepting the kiosk's pushes and tells it to wipe at its next pull, which the kiosk makes
 * right after pushing: what residents entered there reaches the hub before it is erased.
 */

/** Who marked the device lost: an admin at the hub's command line, or a console account. */
export type LostBy =
  { kind: 'cli' } | { kind: 'console'; actor: AuditActor & { accountId: string }; address: string };

export type MarkLostOutcome = 'marked' | 'no_device' | 'revoked' | 'wiped';

/**
 * Mark a device lost. Marking again may change `sendFirst` but keeps the first time. A revoked
 * device can no longer be reached, so it is not marked (`revoked`); nor is one already wiped.
 * Done through the console, the decision is audited in the same transaction.
 */
export function markDeviceLost(
  db: Db,
  deviceId: string,
  options: { sendFirst: boolean; by: LostBy; now: number },
): MarkLostOutcome {
  const { sendFirst, by, now } = options;
  return db
    .transaction((): MarkLostOutcome => {
      const row = db
        .prepare('SELECT revoked_at, wiped_at FROM devices WHERE id = ?')
        .get(deviceId) as { revoked_at: number | null; wiped_at: number | null } | undefined;
      const outcome: MarkLostOutcome = !row
        ? 'no_device'
        : row.wiped_at !== null
          ? 'wiped'
          : row.revoked_at !== null
            ? 'revoked'
            : 'marked';
      if (outcome === 'marked')
        db.prepare(
          `UPDATE devices SET lost_at = COALESCE(lost_at, ?), lost_send_first = ?, lost_by = ?
           WHERE id = ?`,
        ).run(now, sendFirst ? 1 : 0, by.kind === 'cli' ? 'cli' : by.actor.accountId, deviceId);
      if (by.kind === 'console')
        audit(
          db,
          {
            actor: by.actor,
            action: 'device.lost',
            target: { kind: 'device', id: deviceId },
            address: by.address,
            outcome: outcome === 'marked' ? 'ok' : 'failed',
            detail: JSON.stringify({ sendFirst, outcome }),
          },
          now,
        );
      return outcome;
    })
    .immediate();
}

/** The standing of a device marked lost, as `authenticateDevice` reads it; null when it is not. */
export interface LostStanding {
  sendFirst: boolean;
}

/**
 * The kiosk confirmed its wipe: note it and revoke its credential, in one transaction. False when
 * the device was never marked lost (then nothing changes: a kiosk may not revoke itself).
 */
export function confirmWipe(db: Db, deviceId: string, now: number): boolean {
  const changed = statement(
    db,
    `UPDATE devices SET wiped_at = COALESCE(wiped_at, ?), revoked_at = COALESCE(revoked_at, ?)
     WHERE id = ? AND lost_at IS NOT NULL`,
  ).run(now, now, deviceId).changes;
  return changed === 1;
}
