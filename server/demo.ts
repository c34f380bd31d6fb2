import type { Db } from './db/open';
import { ensureDemoCode } from './store/codes';
import { addSite, findSite, setRota, setSiteSettings, setTheme } from './store/sites';
import { putVolunteer, volunteerPinHash } from './store/volunteers';
import type { Rota, SiteSettings, ThemeActivity } from '../shared/sync/content';
import { hashPin, verifyPin } from '../shared/desk/pin';
import { DEMO_VOLUNTEERS } from '../shared/desk/volunteers';
import { DEMO_X_SERVICES } from '../shared/sync/demo-x-services';

export const DEMO_SITE_ID = 'xujiahui';

/** The month in Shanghai (UTC+8, no daylight saving) at `now`, as YYYY-MM. */
export function shanghaiMonth(now: number): string {
  return new Date(now + 8 * 3600_000).toISOString().slice(0, 7);
}

export const DEMO_SITE: SiteSettings = {
  siteId: DEMO_SITE_ID,
  street: 'xujiahui',
  roomName: {
    'zh-CN': '徐家汇街道公共法律服务客厅',
    en: 'Xujiahui Public Legal Service Living Room',
  },
  address: {
    'zh-CN': '徐家汇街道社区"生活盒子"一楼（演示地址）',
    en: 'Community "Life Box", ground floor, Xujiahui (demo address)',
  },
  openingHours: {
    'zh-CN': '周一至周五 9:00-17:00，周六 9:00-12:00',
    en: 'Mon-Fri 9:00-17:00, Sat 9:00-12:00',
  },
  xServices: DEMO_X_SERVICES,
};

export const DEMO_ROTA: Rota = {
  entries: [1, 2, 3, 4, 5]
    .flatMap((weekday) => [
      { weekday, start: '09:00', end: '12:00', service: 'lawyer', who: '志愿律师 张律师' },
      weekday % 2 === 1
        ? { weekday, start: '14:00', end: '17:00', service: 'mediation', who: '人民调解员 李老师' }
        : { weekday, start: '14:00', end: '17:00', service: 'notary', who: '徐汇公证处 王公证员' },
    ])
    .concat([
      {
        weekday: 3,
        start: '14:00',
        end: '16:00',
        service: 'x:elder-rights',
        who: '法律明白人 赵阿姨',
      },
      { weekday: 6, start: '09:00', end: '12:00', service: 'legalAid', who: '法律援助中心 陈老师' },
    ]),
};

export function demoTheme(now: number): ThemeActivity {
  const month = shanghaiMonth(now);
  return {
    month,
    title: {
      'zh-CN': '民法典进社区：遗嘱与继承',
      en: 'The Civil Code in the community: wills and inheritance',
    },
    date: `${month}-18`,
    place: { 'zh-CN': '生活盒子 多功能厅', en: 'Life Box multi-purpose room' },
  };
}

/**
 * `serve --demo`: a Xujiahui room with its rota, this month's theme and the fixed code DEMO-2026.
 * Idempotent: running it again changes (and republishes) only what differs. The demo code is the
 * only code that never expires and can enroll any number of kiosks; nothing else creates it.
 */
export function seedDemo(db: Db, now: number): void {
  db.transaction(() => {
    if (!findSite(db, DEMO_SITE_ID))
      addSite(
        db,
        { street: 'xujiahui', roomName: DEMO_SITE.roomName, address: DEMO_SITE.address },
        now,
      );
    setSiteSettings(db, DEMO_SITE, now);
    setRota(db, DEMO_SITE_ID, DEMO_ROTA, now);
    setTheme(db, DEMO_SITE_ID, demoTheme(now), now);
    ensureDemoCode(db, DEMO_SITE_ID, now);
  })();
}

/**
 * `serve --demo`, after `seedDemo`: the two demo volunteers of docs/cases.md (PINs 2468 and 1357)
 * on the demo site, published to its kiosks as a `volunteers` change like any roster, so the
 * documented PINs work through the hub. Async because the PINs are hashed (slowly, on purpose).
 * Idempotent: a volunteer already there, active, with a hash of the documented PIN is left alone
 * (nothing republished); one an admin removed or gave another PIN is put back as documented.
 * Returns whether anything changed.
 */
export async function seedDemoVolunteers(db: Db, now: number): Promise<boolean> {
  let changed = false;
  for (const v of DEMO_VOLUNTEERS) {
    const stored = volunteerPinHash(db, DEMO_SITE_ID, v.id);
    if (stored?.active && stored.name === v.name && (await verifyPin(v.pin, stored.pin))) continue;
    const volunteer = { id: v.id, name: v.name, pin: await hashPin(v.pin) };
    changed = putVolunteer(db, DEMO_SITE_ID, volunteer, now) || changed;
  }
  return changed;
}
