import { describe, expect, it } from 'vitest';
import { defaultCatalogue } from '../catalogue/default';
import type { Catalogue } from '../catalogue/schema';
import { answerQuestion, startFlow } from './flow';
import { recommend } from './recommend';
import { roomAlsoOffers, siteOffer, type DutySlot } from './room-offers';

const elder = {
  id: 'x:elder-rights',
  name: { 'zh-CN': '老年人权益保护', en: 'Rights of older people' },
};
const renewal = {
  id: 'x:urban-renewal',
  name: { 'zh-CN': '旧区改造法律咨询', en: 'Urban renewal legal advice' },
};

const rota: DutySlot[] = [
  { weekday: 5, start: '09:00', end: '11:00', serviceId: 'x:elder-rights' },
  { weekday: 1, start: '09:00', end: '12:00', serviceId: 'lawyer' },
  { weekday: 3, start: '14:00', end: '16:00', serviceId: 'x:elder-rights' },
  { weekday: 3, start: '09:00', end: '10:00', serviceId: 'x:elder-rights' },
];

/** The built-in catalogue with the family flow's first "elder" answer pointing to an X service. */
function catalogueNaming(xId: string): Catalogue {
  const copy = structuredClone(defaultCatalogue);
  const family = copy.flows.find((f) => f.prompt === 'family');
  const elderOption = family?.questions[0]?.options.find((o) => o.id === 'elder');
  if (!elderOption) throw new Error('family flow has no elder answer');
  elderOption.services = [
    { id: xId, reasonKey: 'reason.lawyer.readBeforeSigning' },
    ...elderOption.services,
  ];
  return copy;
}

describe('roomAlsoOffers', () => {
  it('lists each X service of the room with its duty slots, Monday first, in time order', () => {
    const offers = roomAlsoOffers([elder, renewal], [{ id: 'lawyer' }], rota);
    expect(offers.map((o) => o.id)).toEqual(['x:elder-rights', 'x:urban-renewal']);
    expect(offers[0]?.name).toEqual(elder.name);
    expect(offers[0]?.slots.map((s) => `${s.weekday} ${s.start}`)).toEqual([
      '3 09:00',
      '3 14:00',
      '5 09:00',
    ]);
    expect(offers[1]?.slots).toEqual([]);
  });

  it('carries the summary the hub sent, and none for a service without one', () => {
    const summary = {
      'zh-CN': '旧区改造中的补偿和安置，律师为您讲清楚。',
      en: 'Renewal, explained.',
    };
    const offers = roomAlsoOffers([elder, { ...renewal, summary }], [], rota);
    expect(offers[0]).not.toHaveProperty('summary');
    expect(offers[1]?.summary).toEqual(summary);
  });

  it('leaves out an X service the result already names, and lists each only once', () => {
    const offers = roomAlsoOffers([elder, renewal, elder], [{ id: 'x:elder-rights' }], rota);
    expect(offers.map((o) => o.id)).toEqual(['x:urban-renewal']);
  });

  it('is empty for a room without X services', () => {
    expect(roomAlsoOffers([], [{ id: 'lawyer' }], rota)).toEqual([]);
  });
});

describe('recommend with the room’s X services', () => {
  const catalogue = catalogueNaming('x:elder-rights');
  const state = answerQuestion(catalogue, startFlow('family'), 'elder');

  it('offers an X service that the answers point to only where the room offers it', () => {
    const here = recommend(catalogue, state, siteOffer([elder]));
    expect(here.services.map((s) => s.id)).toContain('x:elder-rights');
    const elsewhere = recommend(catalogue, state, siteOffer([renewal]));
    expect(elsewhere.services.map((s) => s.id)).not.toContain('x:elder-rights');
  });

  it('then lists only the other X services under "this room also offers"', () => {
    const { services } = recommend(catalogue, state, siteOffer([elder, renewal]));
    expect(roomAlsoOffers([elder, renewal], services, rota).map((o) => o.id)).toEqual([
      'x:urban-renewal',
    ]);
  });
});
