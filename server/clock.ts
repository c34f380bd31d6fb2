/** The hub's clock, in ms since the epoch. Injected so tests can move time (code expiry, offsets). */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

/** Named in the CLI's column headers and lines, so nobody has to guess the zone. */
export const SHANGHAI_ZONE = 'Asia/Shanghai';

// The zone is given explicitly: the hub's server may run in UTC (most do), and a technician
// reading "expires 02:00" for a code that lives until 10:00 in the room would send it back.
const SHANGHAI_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A time for people at the hub's terminal: Shanghai wall-clock time, `2026-11-29 10:00`. */
export function shanghaiTime(ms: number): string {
  const part = Object.fromEntries(
    SHANGHAI_FORMAT.formatToParts(ms).map((p) => [p.type, p.value] as const),
  );
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}
