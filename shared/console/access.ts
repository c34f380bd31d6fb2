import { ROLES, type Role } from './roles';

/**
 * The console's authorization, in one table (docs/console.md, "Roles and scopes"). Every route
 * under `/api/v1/console/` has one rule here: which roles may call it, and in which scope. The hub
 * enforces it in one preHandler (server/console/access-guard.ts) that finds the rule by the
 * route's method and pattern; the console reads it only to hide what would be refused. A test
 * expands the table into every route × role × own/other object (tests/console-access.e2e.test.ts)
 * and fails when the hub registers a console route that has no rule.
 *
 * Scope kinds, for routes that act on one object (`object` names the path parameter's kind):
 * - `district`: any object in the district;
 * - `street`: objects of the caller's own street (a room of it, a case from one of its rooms);
 *   `object: 'site'` names a room by `:siteId`, and the guard checks its street;
 * - `team`: cases routed to the caller's linkage team (and of its streets, if limited);
 * - `self`: only the caller's own session (no object).
 * A `street` object (`:street`, the monthly screening) is in a `street` scope when it is the
 * caller's own street.
 * List routes apply the same scope as a filter: a street office lists its street's cases only.
 */
export type ScopeKind = 'district' | 'street' | 'team' | 'self';
/** `statsScope`: the district, street or room a statistics query names (`?scope=&id=`). */
export type ObjectKind =
  'none' | 'case' | 'account' | 'site' | 'statsScope' | 'suggestion' | 'typicalCase' | 'street';
export type HttpMethod = 'GET' | 'POST';

export interface AccessRule {
  method: HttpMethod;
  path: string;
  /** The roles allowed, each with its scope. A role not listed is refused (`forbidden`). */
  roles: Partial<Record<Role, ScopeKind>>;
  /** What `:param` in the path names, checked against the scope. */
  object: ObjectKind;
  /** No session needed (logging in). */
  public?: true;
  /** Usable while the first-login password change is still due. */
  beforePasswordChange?: true;
  /** Changes something: needs the CSRF header and is audited. */
  changes?: true;
}

const ANY_ROLE_SELF = Object.fromEntries(ROLES.map((r) => [r, 'self'])) as Record<Role, 'self'>;
/** Roles that read cases district-wide or for their street (not the teams' workbench). */
const CASE_READERS = {
  'district-admin': 'district',
  'middle-office': 'district',
  'street-office': 'street',
  supervisor: 'district',
} as const satisfies Partial<Record<Role, ScopeKind>>;

/**
 * Roles that read the statistics (docs/statistics.md): the district and the middle office for
 * the district, a street office for its street and its rooms, supervisors district-wide (read
 * only; aggregates hold no personal information, and small cells are hidden in their exports).
 * Team members are not listed: their work is the cases in the workbench, and the district's
 * figures (other teams, every street) are not theirs to read.
 */
const STATS_READERS = {
  'district-admin': 'district',
  'middle-office': 'district',
  'street-office': 'street',
  supervisor: 'district',
} as const satisfies Partial<Record<Role, ScopeKind>>;
/** The low-rating follow-up names cases: staff only, never a supervisor. */
const { supervisor: _supervisor, ...STATS_STAFF } = STATS_READERS;
/** Who runs the rooms (rota, theme, X services, volunteers, codes, devices): 区司法局 and 街镇司法所. */
const ROOM_RUNNERS = {
  'district-admin': 'district',
  'street-office': 'street',
} as const satisfies Partial<Record<Role, ScopeKind>>;
/** The offices that read and answer residents' suggestions (解忧法空间) and write typical cases. */
const OFFICES = {
  'district-admin': 'district',
  'middle-office': 'district',
  'street-office': 'street',
} as const satisfies Partial<Record<Role, ScopeKind>>;

export const CONSOLE_API = '/api/v1/console';

/** Who runs the monthly screening (主动排摸): the district for any street, a street office for its own. */
const SCREENING_STAFF = {
  'district-admin': 'district',
  'street-office': 'street',
} as const satisfies Partial<Record<Role, ScopeKind>>;
/** Who may read a screening meeting: its staff and the middle office (no supervisor: addresses). */
const SCREENING_READERS = {
  ...SCREENING_STAFF,
  'middle-office': 'district',
} as const satisfies Partial<Record<Role, ScopeKind>>;
const SCREENING = `${CONSOLE_API}/screening`;
const STREET_MONTH = `${SCREENING}/streets/:street/months/:month`;

export const CONSOLE_ACCESS = {
  'session.login': {
    method: 'POST',
    path: `${CONSOLE_API}/session/login`,
    roles: {},
    object: 'none',
    public: true,
  },
  'session.read': {
    method: 'GET',
    path: `${CONSOLE_API}/session`,
    roles: ANY_ROLE_SELF,
    object: 'none',
    beforePasswordChange: true,
  },
  'session.logout': {
    method: 'POST',
    path: `${CONSOLE_API}/session/logout`,
    roles: ANY_ROLE_SELF,
    object: 'none',
    beforePasswordChange: true,
    changes: true,
  },
  'session.password': {
    method: 'POST',
    path: `${CONSOLE_API}/session/password`,
    roles: ANY_ROLE_SELF,
    object: 'none',
    beforePasswordChange: true,
    changes: true,
  },
  /** Counts for the navigation badges (new, overdue) in the caller's scope. */
  'live.counts': {
    method: 'GET',
    path: `${CONSOLE_API}/live/counts`,
    roles: ANY_ROLE_SELF,
    object: 'none',
  },
  /** The same counts as Server-Sent Events, pushed when they change. */
  'live.events': {
    method: 'GET',
    path: `${CONSOLE_API}/live/events`,
    roles: ANY_ROLE_SELF,
    object: 'none',
  },
  'sites.list': {
    method: 'GET',
    path: `${CONSOLE_API}/sites`,
    roles: {
      'district-admin': 'district',
      'middle-office': 'district',
      'street-office': 'street',
      'team-member': 'district',
      supervisor: 'district',
    },
    object: 'none',
  },
  'team.cases': {
    method: 'GET',
    path: `${CONSOLE_API}/team/cases`,
    roles: { 'team-member': 'team' },
    object: 'none',
  },
  'team.case': {
    method: 'GET',
    path: `${CONSOLE_API}/team/cases/:caseId`,
    roles: { 'team-member': 'team' },
    object: 'case',
  },
  'team.act': {
    method: 'POST',
    path: `${CONSOLE_API}/team/cases/:caseId/events`,
    roles: { 'team-member': 'team' },
    object: 'case',
    changes: true,
  },
  'cases.list': {
    method: 'GET',
    path: `${CONSOLE_API}/cases`,
    roles: CASE_READERS,
    object: 'none',
  },
  'cases.read': {
    method: 'GET',
    path: `${CONSOLE_API}/cases/:caseId`,
    roles: CASE_READERS,
    object: 'case',
  },
  /** 中台: the triage queue, one reason at a time, and the middle office's actions on a case. */
  'triage.list': {
    method: 'GET',
    path: `${CONSOLE_API}/triage`,
    roles: { 'district-admin': 'district', 'middle-office': 'district' },
    object: 'none',
  },
  'triage.act': {
    method: 'POST',
    path: `${CONSOLE_API}/triage/cases/:caseId/events`,
    roles: { 'district-admin': 'district', 'middle-office': 'district' },
    object: 'case',
    changes: true,
  },
  'accounts.list': {
    method: 'GET',
    path: `${CONSOLE_API}/accounts`,
    roles: { 'district-admin': 'district' },
    object: 'none',
  },
  'accounts.create': {
    method: 'POST',
    path: `${CONSOLE_API}/accounts`,
    roles: { 'district-admin': 'district' },
    object: 'none',
    changes: true,
  },
  'accounts.update': {
    method: 'POST',
    path: `${CONSOLE_API}/accounts/:accountId`,
    roles: { 'district-admin': 'district' },
    object: 'account',
    changes: true,
  },
  'accounts.resetPassword': {
    method: 'POST',
    path: `${CONSOLE_API}/accounts/:accountId/password`,
    roles: { 'district-admin': 'district' },
    object: 'account',
    changes: true,
  },
  'audit.list': {
    method: 'GET',
    path: `${CONSOLE_API}/audit`,
    roles: { 'district-admin': 'district' },
    object: 'none',
  },
  /** The dashboard's figures for a scope and period (issue 11). */
  'stats.read': {
    method: 'GET',
    path: `${CONSOLE_API}/stats`,
    roles: STATS_READERS,
    object: 'statsScope',
  },
  /** The annual statistics or a monthly report as XLSX or CSV; every download is audited. */
  'stats.export': {
    method: 'GET',
    path: `${CONSOLE_API}/stats/export`,
    roles: STATS_READERS,
    object: 'statsScope',
  },
  /** Satisfaction review (服务质效评议): per room, team and month. */
  'stats.satisfaction': {
    method: 'GET',
    path: `${CONSOLE_API}/stats/satisfaction`,
    roles: STATS_READERS,
    object: 'statsScope',
  },
  /** Low ratings to follow up, each with its case. */
  'stats.lowRatings': {
    method: 'GET',
    path: `${CONSOLE_API}/stats/low-ratings`,
    roles: STATS_STAFF,
    object: 'statsScope',
  },
  // ---- Running the rooms (docs/console.md, "Running the rooms") ----
  /** The rooms in scope (a street office: its street's), retired ones too. */
  'rooms.list': {
    method: 'GET',
    path: `${CONSOLE_API}/rooms`,
    roles: ROOM_RUNNERS,
    object: 'none',
  },
  /** Add a room; a street office only in its own street (checked on the body's street). */
  'rooms.create': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms`,
    roles: ROOM_RUNNERS,
    object: 'none',
    changes: true,
  },
  'rooms.read': {
    method: 'GET',
    path: `${CONSOLE_API}/rooms/:siteId`,
    roles: ROOM_RUNNERS,
    object: 'site',
  },
  /** Rename, address, opening hours, X services: the room's whole settings. */
  'rooms.update': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.retire': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/retire`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.rota': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/rota`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.theme': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/theme`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.volunteers': {
    method: 'GET',
    path: `${CONSOLE_API}/rooms/:siteId/volunteers`,
    roles: ROOM_RUNNERS,
    object: 'site',
  },
  'rooms.volunteerAdd': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/volunteers`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.volunteerRemove': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/volunteers/:volunteerId/remove`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.volunteerPin': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/volunteers/:volunteerId/pin`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  /** The room's kiosks and its enrollment codes still usable. */
  'rooms.devices': {
    method: 'GET',
    path: `${CONSOLE_API}/rooms/:siteId/devices`,
    roles: ROOM_RUNNERS,
    object: 'site',
  },
  'rooms.codeIssue': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/codes`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.codeRevoke': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/codes/:code/revoke`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  'rooms.deviceRevoke': {
    method: 'POST',
    path: `${CONSOLE_API}/rooms/:siteId/devices/:deviceId/revoke`,
    roles: ROOM_RUNNERS,
    object: 'site',
    changes: true,
  },
  // ---- issue 12: the suggestion box (解忧法空间) and typical cases (典型案事例) ----
  /** Residents' words (they may name people): not the supervisor, who reads the counts instead. */
  'suggestions.list': {
    method: 'GET',
    path: `${CONSOLE_API}/suggestions`,
    roles: OFFICES,
    object: 'none',
  },
  'suggestions.update': {
    method: 'POST',
    path: `${CONSOLE_API}/suggestions/:suggestionId`,
    roles: OFFICES,
    object: 'suggestion',
    changes: true,
  },
  /** The library: approved cases for everyone (anonymised); drafts for the offices in scope. */
  'typicalCases.list': {
    method: 'GET',
    path: `${CONSOLE_API}/typical-cases`,
    roles: { ...OFFICES, 'team-member': 'district', supervisor: 'district' },
    object: 'none',
  },
  /** The library's DOCX compilation (典型案例汇编) of approved cases, with the list's filters. */
  'typicalCases.export': {
    method: 'GET',
    path: `${CONSOLE_API}/typical-cases/export`,
    roles: { ...OFFICES, 'team-member': 'district', supervisor: 'district' },
    object: 'none',
  },
  /** Write a typical case from a closed case of one's scope. */
  'typicalCases.create': {
    method: 'POST',
    path: `${CONSOLE_API}/cases/:caseId/typical-case`,
    roles: OFFICES,
    object: 'case',
    changes: true,
  },
  'typicalCases.read': {
    method: 'GET',
    path: `${CONSOLE_API}/typical-cases/:typicalCaseId`,
    roles: OFFICES,
    object: 'typicalCase',
  },
  'typicalCases.update': {
    method: 'POST',
    path: `${CONSOLE_API}/typical-cases/:typicalCaseId`,
    roles: OFFICES,
    object: 'typicalCase',
    changes: true,
  },
  /** A second person (never the author) approves it. */
  'typicalCases.approve': {
    method: 'POST',
    path: `${CONSOLE_API}/typical-cases/:typicalCaseId/approve`,
    roles: OFFICES,
    object: 'typicalCase',
    changes: true,
  },
  /** Publish an approved case to every kiosk, under its prompt, or take it off. */
  'typicalCases.publish': {
    method: 'POST',
    path: `${CONSOLE_API}/typical-cases/:typicalCaseId/publish`,
    roles: { 'district-admin': 'district', 'middle-office': 'district' },
    object: 'typicalCase',
    changes: true,
  },
  // The monthly screening with the 12345 hotline (docs/screening.md).
  /** Which streets have held this month's screening; a street office sees its own. */
  'screening.status': {
    method: 'GET',
    path: `${SCREENING}/status`,
    roles: { ...SCREENING_READERS, supervisor: 'district' },
    object: 'none',
  },
  /** A 12345 export's header and first rows (the body is the file). Reads, stores nothing. */
  'screening.preview': {
    method: 'POST',
    path: `${SCREENING}/streets/:street/preview`,
    roles: SCREENING_STAFF,
    object: 'street',
  },
  'screening.mapping': {
    method: 'POST',
    path: `${SCREENING}/streets/:street/mapping`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  'screening.import': {
    method: 'POST',
    path: `${SCREENING}/streets/:street/import`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  'screening.orders': {
    method: 'GET',
    path: `${SCREENING}/streets/:street/orders`,
    roles: SCREENING_STAFF,
    object: 'street',
  },
  'screening.correct': {
    method: 'POST',
    path: `${SCREENING}/streets/:street/orders/:orderNo`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  'screening.meeting': {
    method: 'GET',
    path: STREET_MONTH,
    roles: SCREENING_READERS,
    object: 'street',
  },
  'screening.petition': {
    method: 'POST',
    path: `${STREET_MONTH}/petitions`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  'screening.plan': {
    method: 'POST',
    path: `${STREET_MONTH}/plan`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  /** A plan item becomes the street's rooms' monthly theme (每月主题活动), pulled by the kiosks. */
  'screening.theme': {
    method: 'POST',
    path: `${STREET_MONTH}/plan/:itemId/theme`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  'screening.hold': {
    method: 'POST',
    path: `${STREET_MONTH}/hold`,
    roles: SCREENING_STAFF,
    object: 'street',
    changes: true,
  },
  'screening.rules': {
    method: 'GET',
    path: `${SCREENING}/rules`,
    roles: SCREENING_READERS,
    object: 'none',
  },
  'screening.rulesSave': {
    method: 'POST',
    path: `${SCREENING}/rules`,
    roles: { 'district-admin': 'district' },
    object: 'none',
    changes: true,
  },
} as const satisfies Record<string, AccessRule>;

export type AccessId = keyof typeof CONSOLE_ACCESS;
export const ACCESS_IDS = Object.keys(CONSOLE_ACCESS) as AccessId[];

export function accessRule(id: AccessId): AccessRule {
  return CONSOLE_ACCESS[id];
}

/** The rule for a registered route (method + Fastify pattern), or null: no rule means refuse. */
export function ruleForRoute(method: string, pattern: string): [AccessId, AccessRule] | null {
  for (const id of ACCESS_IDS) {
    const rule: AccessRule = CONSOLE_ACCESS[id];
    if (rule.method === method && rule.path === pattern) return [id, rule];
  }
  return null;
}

/** The scope a role has on a route, or null when the role may not use it. */
export function scopeFor(id: AccessId, role: Role): ScopeKind | null {
  const roles: AccessRule['roles'] = CONSOLE_ACCESS[id].roles;
  return roles[role] ?? null;
}

/** Whether the console should offer what this route does to this role (the hub decides anyway). */
export function canUse(id: AccessId, role: Role): boolean {
  return scopeFor(id, role) !== null;
}

/** A concrete path for a rule, e.g. `apiPath('team.case', { caseId })`. */
export function apiPath(id: AccessId, params: Record<string, string> = {}): string {
  return CONSOLE_ACCESS[id].path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`apiPath(${id}): missing :${name}`);
    return encodeURIComponent(value);
  });
}

/**
 * Roles that may ever see a resident's personal information (contact, the matter in words, the
 * answers): everyone but the supervisor. A team member sees contact details only for a case routed
 * to its team, and only when the resident consented (server/console/case-views.ts).
 */
export function seesPersonalInfo(role: Role): boolean {
  return role !== 'supervisor';
}
