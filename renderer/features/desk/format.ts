import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** The locale Intl formats in for a UI language: English as written in Britain (7 December 2026). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** A local calendar day `YYYY-MM-DD` (and optional `HH:MM`) as a Date, noon when no time. */
function localDate(day: string, time: string | null = null): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, mi] = time ? (time.split(':').map(Number) as [number, number]) : [12, 0];
  return new Date(y, m - 1, d, h, mi);
}

export interface DeskDates {
  /** An event time (ISO with offset): 2026年12月7日 14:05 / 7 December 2026 at 14:05. */
  when: (iso: string) => string;
  /** A calendar day: 2026年12月7日 / 7 December 2026. */
  day: (day: string) => string;
  /** A day and a clock time: 2026年12月7日 14:05. */
  dayTime: (day: string, time: string) => string;
  /** A day with its weekday, no year: 12月7日周一 / Mon 7 December. */
  weekday: (day: string) => string;
}

/**
 * Dates as the desk shows them, in the kiosk's language (i18next's, not the browser's default,
 * which on a kiosk is whatever the machine was installed with) and its time zone.
 */
export function useDeskDates(): DeskDates {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
    const date = { year: 'numeric', month: 'long', day: 'numeric' } as const;
    const dateTime = new Intl.DateTimeFormat(locale, { ...date, ...time });
    const dateOnly = new Intl.DateTimeFormat(locale, date);
    const weekday = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      month: 'long',
      day: 'numeric',
    });
    return {
      when: (iso) => dateTime.format(new Date(iso)),
      day: (day) => dateOnly.format(localDate(day)),
      dayTime: (day, t) => dateTime.format(localDate(day, t)),
      weekday: (day) => weekday.format(localDate(day)),
    };
  }, [locale]);
}

/** YYYY-MM-DD plus `days`, in local calendar days. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The value a datetime-local field wants for a date: YYYY-MM-DDTHH:MM, local. */
export function toLocalDateTimeField(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}
