// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { RoomOffers } from './RoomOffers';
import { renderKiosk } from '../../test-utils/render-kiosk';
import { usePrefs } from '../accessibility/prefs-store';
import { demoSite } from '../../content/demo-site';
import { roomAlsoOffers, type RoomXService } from '../../../shared/intake/room-offers';
import { XService } from '../../../shared/sync/content';

const elder: RoomXService = {
  id: 'x:elder-rights',
  name: { 'zh-CN': '老年人权益保护', en: 'Rights of older people' },
  summary: {
    'zh-CN': '为老年人解答赡养、养老、房产、遗嘱等问题。',
    en: 'Help for older people with family support, pensions, housing and wills.',
  },
  slots: [{ weekday: 3, start: '14:00', end: '16:00', serviceId: 'x:elder-rights' }],
};
const renewal: RoomXService = {
  id: 'x:urban-renewal',
  name: { 'zh-CN': '旧区改造法律咨询', en: 'Urban renewal legal advice' },
  slots: [],
};
const card = (id: string) => screen.getByTestId(`room-offer-${id}`).textContent ?? '';

afterEach(() => {
  cleanup();
  usePrefs.getState().setLocale('zh-CN');
});

describe('RoomOffers', () => {
  it('shows the summary ahead of the duty times, in Chinese by default', () => {
    renderKiosk(<RoomOffers offers={[elder]} />);
    const text = card('x:elder-rights');
    expect(text).toContain('为老年人解答赡养、养老、房产、遗嘱等问题。');
    expect(text).toContain('14:00–16:00');
    expect(text.indexOf('为老年人解答')).toBeLessThan(text.indexOf('14:00'));
  });

  it('shows the summary in English when the resident chose English', () => {
    usePrefs.getState().setLocale('en');
    renderKiosk(<RoomOffers offers={[elder]} />, { locale: 'en' });
    expect(card('x:elder-rights')).toContain('Help for older people with family support');
    expect(card('x:elder-rights')).not.toContain('为老年人解答');
  });

  it('falls back to the Chinese summary when the English one is blank', () => {
    usePrefs.getState().setLocale('en');
    const noEnglish = { ...elder, summary: { 'zh-CN': '为老年人解答赡养问题。', en: ' ' } };
    renderKiosk(<RoomOffers offers={[noEnglish]} />, { locale: 'en' });
    expect(screen.getByTestId('room-offer-summary-x:elder-rights').textContent).toBe(
      '为老年人解答赡养问题。',
    );
  });

  it('without a summary shows only whom to ask, as before', () => {
    renderKiosk(<RoomOffers offers={[renewal]} />);
    expect(screen.queryByTestId('room-offer-summary-x:urban-renewal')).toBeNull();
    expect(card('x:urban-renewal')).toBe('旧区改造法律咨询想了解这项服务，请问值班的工作人员。');
  });

  it('says plainly when the room has no other services', () => {
    renderKiosk(<RoomOffers offers={[]} />);
    expect(screen.getByTestId('room-offers-none').textContent).toBe('本客厅暂时没有其他特色服务。');
  });

  it("shows the demo room's summaries, which pass the hub's schema", () => {
    const site = demoSite(new Date(2026, 10, 29));
    for (const x of site.xServices) expect(XService.safeParse(x).success).toBe(true);
    renderKiosk(<RoomOffers offers={roomAlsoOffers(site.xServices, [], [])} />);
    expect(card('x:elder-rights')).toContain('行动不便的');
    expect(card('x:urban-renewal')).toContain('有律师用大白话为您讲清楚');
  });
});
