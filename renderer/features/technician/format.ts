import type { Locale } from '../../../shared/catalogue/schema';

/** How technician mode writes sizes and times (in the kiosk's language, not the browser's). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function formatTime(ms: number | null, locale: Locale): string {
  return ms === null
    ? '—'
    : new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'medium' });
}
