import type { SiteView } from './site-view';
import { DEMO_X_SERVICES } from '../../shared/sync/demo-x-services';

/** Shown until the hub sends the real site settings; marked as demo on screen. */
export function demoSite(now: Date): SiteView {
  const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const lawyer = { serviceId: 'lawyer', who: '志愿律师 张律师' };
  return {
    roomName: {
      'zh-CN': '徐家汇街道公共法律服务客厅',
      en: 'Xujiahui Public Legal Service Living Room',
    },
    street: { 'zh-CN': '徐家汇街道', en: 'Xujiahui Subdistrict' },
    address: { 'zh-CN': '社区生活盒子 一楼', en: 'Community Life Box, ground floor' },
    openingHours: {
      'zh-CN': '周一至周五 9:00-17:00，周六 9:00-12:00',
      en: 'Mon-Fri 9:00-17:00, Sat 9:00-12:00',
    },
    rota: [1, 2, 3, 4, 5]
      .flatMap((weekday) => [
        { weekday, start: '09:00', end: '12:00', ...lawyer },
        {
          weekday,
          start: '14:00',
          end: '17:00',
          serviceId: weekday % 2 ? 'mediation' : 'notary',
          who: weekday % 2 ? '人民调解员 李老师' : '徐汇公证处 王公证员',
        },
      ])
      .concat([
        {
          weekday: 6,
          start: '09:00',
          end: '12:00',
          serviceId: 'legalAid',
          who: '法律援助中心 陈老师',
        },
      ]),
    theme: {
      month,
      title: {
        'zh-CN': '民法典进社区：遗嘱与继承',
        en: 'The Civil Code in the community: wills and inheritance',
      },
      date: `${month}-18`,
      place: { 'zh-CN': '生活盒子 多功能厅', en: 'Life Box multi-purpose room' },
    },
    xServices: DEMO_X_SERVICES,
    replies: [],
    demo: true,
  };
}
