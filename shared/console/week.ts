/** ISO weekdays, Monday first, as the rota numbers them (RotaEntry.weekday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const SHANGHAI_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/**
 * The days (YYYY-MM-DD, Monday first) of the week that holds `now` in Shanghai, whatever the
 * browser's own time zone: the notice names this week's dates as the district's calendar has them.
 */
export function shanghaiWeek(now: number): string[] {
  const local = now + SHANGHAI_MS;
  const weekday = new Date(local).getUTCDay() || 7;
  const monday = local - (weekday - 1) * DAY_MS;
  return WEEKDAYS.map((d) => new Date(monday + (d - 1) * DAY_MS).toISOString().slice(0, 10));
}
