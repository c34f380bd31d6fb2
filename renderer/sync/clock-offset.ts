/** Above this the status line asks staff to check the kiosk's clock (records carry its times). */
export const CLOCK_WARN_MS = 5 * 60_000;

/**
 * The kiosk's clock minus the hub's, in ms. The hub read its clock somewhere between our send and
 * our receipt; the midpoint halves the error a slow network adds.
 */
export function measureClockOffset(
  sentAtMs: number,
  receivedAtMs: number,
  hubTime: string,
): number {
  const hubMs = Date.parse(hubTime);
  return Math.round((sentAtMs + receivedAtMs) / 2 - hubMs);
}

export function clockNeedsAttention(offsetMs: number | null): boolean {
  return offsetMs !== null && Math.abs(offsetMs) > CLOCK_WARN_MS;
}

/** Whole minutes of drift, for the status line. */
export function offsetMinutes(offsetMs: number): number {
  return Math.round(Math.abs(offsetMs) / 60_000);
}
