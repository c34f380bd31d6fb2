import type { TFunction } from 'i18next';
import { isCoreServiceId } from '../../shared/catalogue/ids';
import { STREETS } from '../../shared/sites';

/** Words for the ids the hub sends, in the current language. */
export function serviceName(t: TFunction, id: string): string {
  return isCoreServiceId(id) ? t(`service.${id}`) : t('service.x', { id: id.replace(/^x:/, '') });
}

export function streetName(locale: string, id: string): string {
  const street = STREETS.find((s) => s.id === id);
  if (!street) return id;
  return locale === 'en' ? street.en : street.zh;
}

/** A time the hub or a kiosk wrote, shown in Shanghai's calendar (as the district reads it). */
export function formatTime(locale: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

/** A list of words the way the language writes one (、 in Chinese, commas and "and" in English). */
export function joinList(locale: string, items: readonly string[]): string {
  return new Intl.ListFormat(locale === 'en' ? 'en' : 'zh-CN', { type: 'unit' }).format(items);
}
