/** The hub's clock, in ms since the epoch. Injected so tests can move time (code expiry, offsets). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}
