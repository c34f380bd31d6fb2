/** Format the n-th ticket of the day: 7 -> "A-007". The prefix tells tickets of two kiosks apart. */
export function formatTicket(n: number, prefix = 'A'): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError('ticket number out of range');
  return `${prefix}-${String(n).padStart(3, '0')}`;
}

/** The local calendar day (the kiosk's wall clock) for a timestamp: "2026-11-29". */
export function localDay(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** ISO-8601 with the local offset (e.g. 2026-11-29T10:03:00+08:00), as records store it. */
export function localIso(date: Date): string {
  const off = -date.getTimezoneOffset();
  const sign = off >= 0 ? '+' : '-';
  const abs = Math.abs(off);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}
