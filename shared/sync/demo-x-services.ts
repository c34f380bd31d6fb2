import type { XService } from './content';

/**
 * The demo room's own "X" services, the same on both sides: the hub publishes them with the demo
 * site (server/demo.ts) and the kiosk shows them until it has real settings
 * (renderer/content/demo-site.ts). Kept apart from content.ts so Home's first download stays
 * free of zod.
 */
export const DEMO_X_SERVICES: XService[] = [
  {
    id: 'x:elder-rights',
    name: { 'zh-CN': '老年人权益保护', en: 'Rights of older people' },
    summary: {
      'zh-CN': '为老年人解答赡养、养老、房产、遗嘱等问题；行动不便的，可以请工作人员安排上门。',
      en: 'Help for older people with family support, pensions, housing and wills; home visits for those who cannot come.',
    },
  },
  {
    id: 'x:urban-renewal',
    name: { 'zh-CN': '旧区改造法律咨询', en: 'Urban renewal legal advice' },
    summary: {
      'zh-CN': '旧区改造中的补偿、安置和搬迁协议，有律师用大白话为您讲清楚。',
      en: 'A lawyer explains compensation, rehousing and moving agreements in old-neighbourhood renewal, in plain words.',
    },
  },
];
