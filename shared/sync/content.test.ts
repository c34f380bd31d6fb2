import { describe, expect, it } from 'vitest';
import { SiteSettings, X_SERVICE_SUMMARY_MAX, XService } from './content';

const elder = {
  id: 'x:elder-rights',
  name: { 'zh-CN': '老年人权益保护', en: 'Rights of older people' },
};
const summary = {
  'zh-CN': '为老年人解答赡养、养老、房产、遗嘱等问题。',
  en: 'Help for older people with family support, pensions, housing and wills.',
};
const site = {
  siteId: 'xujiahui',
  street: 'xujiahui',
  roomName: { 'zh-CN': '徐家汇街道公共法律服务客厅', en: 'Xujiahui Living Room' },
  address: { 'zh-CN': '生活盒子一楼', en: 'Life Box' },
  openingHours: { 'zh-CN': '周一至周五', en: 'Mon-Fri' },
};
const messages = (input: unknown) =>
  XService.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('XService summary', () => {
  it('is optional: site settings from before summaries still parse, unchanged', () => {
    const old = { ...site, xServices: [elder] };
    expect(SiteSettings.parse(old)).toEqual(old);
  });

  it('carries a one-line summary in both locales, trimmed', () => {
    const parsed = XService.parse({ ...elder, summary: { ...summary, en: ` ${summary.en} ` } });
    expect(parsed.summary).toEqual(summary);
    expect(SiteSettings.parse({ ...site, xServices: [{ ...elder, summary }] }).xServices).toEqual([
      { ...elder, summary },
    ]);
  });

  it('refuses a summary that is too long, spans lines, is blank or lacks a locale', () => {
    const long = '老'.repeat(X_SERVICE_SUMMARY_MAX + 1);
    expect(
      XService.safeParse({
        ...elder,
        summary: { ...summary, en: 'a'.repeat(X_SERVICE_SUMMARY_MAX) },
      }).success,
    ).toBe(true);
    expect(messages({ ...elder, summary: { ...summary, 'zh-CN': long } })).toEqual([
      `summary.zh-CN: a summary is at most ${X_SERVICE_SUMMARY_MAX} characters`,
    ]);
    expect(messages({ ...elder, summary: { ...summary, en: 'Line one.\nLine two.' } })).toEqual([
      'summary.en: a summary is one line',
    ]);
    expect(XService.safeParse({ ...elder, summary: { ...summary, en: '  ' } }).success).toBe(false);
    expect(XService.safeParse({ ...elder, summary: { 'zh-CN': summary['zh-CN'] } }).success).toBe(
      false,
    );
    expect(XService.safeParse({ ...elder, summary: 'plain string' }).success).toBe(false);
  });
});
