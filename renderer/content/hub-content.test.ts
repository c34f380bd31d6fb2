import { describe, expect, it } from 'vitest';
import type { SiteSettings, ThemeActivity } from '../../shared/sync/content';
import { pickTheme, siteViewFromHub } from './hub-content';
import { rotaForDay, themeForMonth } from './site-view';

const theme = (month: string): ThemeActivity => ({
  month,
  title: { 'zh-CN': `主题 ${month}`, en: `Theme ${month}` },
  date: `${month}-18`,
  place: { 'zh-CN': '大厅', en: 'Hall' },
});

describe('pickTheme', () => {
  const now = new Date(2026, 10, 5);
  it('takes this month’s theme over others', () => {
    expect(pickTheme([theme('2026-12'), theme('2026-11'), theme('2026-10')], now)?.month).toBe(
      '2026-11',
    );
  });
  it('else the next one announced, never a past one', () => {
    expect(pickTheme([theme('2027-01'), theme('2026-12'), theme('2026-10')], now)?.month).toBe(
      '2026-12',
    );
    expect(pickTheme([theme('2026-10')], now)).toBeNull();
  });
});

describe('siteViewFromHub', () => {
  const site: SiteSettings = {
    siteId: 'huajing',
    street: 'huajing',
    roomName: { 'zh-CN': '华泾镇公共法律服务客厅', en: 'Huajing Living Room' },
    address: { 'zh-CN': '华泾路', en: 'Huajing Road' },
    openingHours: { 'zh-CN': '周二', en: 'Tue' },
    xServices: [],
  };
  it('names the street in both languages and maps the rota for Home', () => {
    const view = siteViewFromHub(
      site,
      {
        entries: [
          { weekday: 2, start: '14:00', end: '16:00', service: 'mediation', who: '李老师' },
        ],
      },
      [theme('2026-11')],
      new Date(2026, 10, 5),
    );
    expect(view.street).toEqual({ 'zh-CN': '华泾镇', en: 'Huajing Town' });
    expect(view.demo).toBe(false);
    const tuesday = new Date(2026, 10, 3);
    expect(rotaForDay(view, tuesday)).toEqual([
      { weekday: 2, start: '14:00', end: '16:00', serviceId: 'mediation', who: '李老师' },
    ]);
    expect(themeForMonth(view, tuesday)?.title['zh-CN']).toBe('主题 2026-11');
  });
  it('carries the room’s X services for the result screen', () => {
    const elder = { id: 'x:elder-rights', name: { 'zh-CN': '老年人权益保护', en: 'Older people' } };
    const renewal = {
      id: 'x:urban-renewal',
      name: { 'zh-CN': '旧区改造法律咨询', en: 'Urban renewal' },
      summary: { 'zh-CN': '补偿和安置，律师为您讲清楚。', en: 'Compensation, explained.' },
    };
    expect(
      siteViewFromHub({ ...site, xServices: [elder, renewal] }, null, [], new Date()).xServices,
    ).toEqual([elder, renewal]);
    expect(siteViewFromHub(site, null, [], new Date()).xServices).toEqual([]);
  });
  it('without a rota yet, shows an empty one rather than the demo’s', () => {
    expect(siteViewFromHub(site, null, [], new Date()).rota).toEqual([]);
  });
});
