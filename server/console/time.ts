/** Shanghai is UTC+8 all year (no daylight saving): the district's calendar. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The calendar day in Shanghai at `now`, YYYY-MM-DD: what "overdue" is measured against. */
export function shanghaiDay(now: number): string {
  return new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Shanghai day begins (ms). */
export function shanghaiDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`);
}

/** An ISO time with the Shanghai offset, as team events written by the hub carry. */
export function shanghaiIso(now: number): string {
  return `${new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 23)}+08:00`;
}
