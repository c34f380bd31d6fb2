import type { AccountScope, Role } from '../../shared/console/roles';

/**
 * The demo console accounts `serve --demo` (so `npm start`) creates, one per role, all with the
 * documented password below (README, docs/console.md). They skip the first-login change so a
 * demonstration starts at once; a real deployment never runs --demo.
 */
export const DEMO_CONSOLE_PASSWORD = 'demo-console-2026';

const NONE: AccountScope = { street: null, service: null, streets: [] };

export const DEMO_ACCOUNTS: {
  username: string;
  displayName: string;
  role: Role;
  scope: AccountScope;
}[] = [
  { username: 'admin', displayName: '区司法局 管理员', role: 'district-admin', scope: NONE },
  { username: 'zhongtai', displayName: '中台 调度员', role: 'middle-office', scope: NONE },
  {
    username: 'xujiahui',
    displayName: '徐家汇街道司法所',
    role: 'street-office',
    scope: { ...NONE, street: 'xujiahui' },
  },
  {
    username: 'lawyer',
    displayName: '志愿律师 张律师',
    role: 'team-member',
    scope: { ...NONE, service: 'lawyer' },
  },
  {
    username: 'mediation',
    displayName: '人民调解员 李老师',
    role: 'team-member',
    scope: { ...NONE, service: 'mediation' },
  },
  {
    username: 'notary',
    displayName: '徐汇公证处 王公证员',
    role: 'team-member',
    scope: { ...NONE, service: 'notary' },
  },
  {
    username: 'legalaid',
    displayName: '法律援助中心 陈老师',
    role: 'team-member',
    scope: { ...NONE, service: 'legalAid' },
  },
  {
    username: 'forensic',
    displayName: '司法鉴定志愿者',
    role: 'team-member',
    scope: { ...NONE, service: 'forensic' },
  },
  {
    username: 'publicity',
    displayName: '法治宣传队',
    role: 'team-member',
    scope: { ...NONE, service: 'publicity' },
  },
  { username: 'supervisor', displayName: '特邀监督员', role: 'supervisor', scope: NONE },
];
