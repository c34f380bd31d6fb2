import { api, queryString } from './client';
import { DeviceList, RoomDetail, RoomList, VolunteerList } from '../../shared/console/rooms';
import { apiPath } from '../../shared/console/access';
import {
  AccountPage,
  AuditPage,
  CaseDetail,
  CasePage,
  LiveCounts,
  SessionView,
  SiteList,
  SuggestionPage,
  TypicalCasePage,
} from '../../shared/console/views';
import type {
  AccountsQuery,
  AuditQuery,
  CasesQuery,
  SuggestionsQuery,
  TeamCasesQuery,
  TypicalCasesQuery,
} from '../../shared/console/requests';
import { MeetingView, ScreeningStatus } from '../../shared/screening/meeting';
import { ClassificationRules } from '../../shared/screening/rules';
import { OrderPage } from '../../shared/screening/import-report';
import type { OrdersQuery } from '../../shared/screening/import-report';

/**
 * Every server read the console makes, as TanStack Query options: one key per request (the
 * query string is part of it), so paging and sorting are cached per page and refetched on
 * change. Server data lives only here, never in a global store.
 */
export const queries = {
  session: () => ({
    queryKey: ['session'] as const,
    queryFn: () => api.get(apiPath('session.read'), SessionView),
    retry: false,
    staleTime: Infinity,
  }),
  live: () => ({
    queryKey: ['live'] as const,
    queryFn: () => api.get(apiPath('live.counts'), LiveCounts),
  }),
  sites: () => ({
    queryKey: ['sites'] as const,
    queryFn: () => api.get(apiPath('sites.list'), SiteList),
    staleTime: 5 * 60_000,
  }),
  teamCases: (q: TeamCasesQuery) => ({
    queryKey: ['team-cases', q] as const,
    queryFn: () => api.get(apiPath('team.cases') + queryString({ ...q }), CasePage),
  }),
  teamCase: (caseId: string) => ({
    queryKey: ['team-case', caseId] as const,
    queryFn: () => api.get(apiPath('team.case', { caseId }), CaseDetail),
  }),
  cases: (q: CasesQuery) => ({
    queryKey: ['cases', q] as const,
    queryFn: () => api.get(apiPath('cases.list') + queryString({ ...q }), CasePage),
  }),
  case: (caseId: string) => ({
    queryKey: ['case', caseId] as const,
    queryFn: () => api.get(apiPath('cases.read', { caseId }), CaseDetail),
  }),
  accounts: (q: AccountsQuery) => ({
    queryKey: ['accounts', q] as const,
    queryFn: () => api.get(apiPath('accounts.list') + queryString({ ...q }), AccountPage),
  }),
  screeningStatus: () => ({
    queryKey: ['screening-status'] as const,
    queryFn: () => api.get(apiPath('screening.status'), ScreeningStatus),
  }),
  meeting: (street: string, month: string) => ({
    queryKey: ['screening-meeting', street, month] as const,
    queryFn: () => api.get(apiPath('screening.meeting', { street, month }), MeetingView),
  }),
  orders: (street: string, q: OrdersQuery) => ({
    queryKey: ['screening-orders', street, q] as const,
    queryFn: () =>
      api.get(apiPath('screening.orders', { street }) + queryString({ ...q }), OrderPage),
  }),
  rules: () => ({
    queryKey: ['screening-rules'] as const,
    queryFn: () => api.get(apiPath('screening.rules'), ClassificationRules),
  }),
  audit: (q: AuditQuery) => ({
    queryKey: ['audit', q] as const,
    queryFn: () => api.get(apiPath('audit.list') + queryString({ ...q }), AuditPage),
  }),
  suggestions: (q: SuggestionsQuery) => ({
    queryKey: ['suggestions', q] as const,
    queryFn: () => api.get(apiPath('suggestions.list') + queryString({ ...q }), SuggestionPage),
  }),
  typicalCases: (q: TypicalCasesQuery) => ({
    queryKey: ['typical-cases', q] as const,
    queryFn: () => api.get(apiPath('typicalCases.list') + queryString({ ...q }), TypicalCasePage),
  }),
};

/** Running the rooms: the room list and one room's parts, each its own cache entry. */
export const roomQueries = {
  rooms: () => ({
    queryKey: ['rooms'] as const,
    queryFn: () => api.get(apiPath('rooms.list'), RoomList),
  }),
  room: (siteId: string) => ({
    queryKey: ['rooms', siteId] as const,
    queryFn: () => api.get(apiPath('rooms.read', { siteId }), RoomDetail),
  }),
  volunteers: (siteId: string) => ({
    queryKey: ['rooms', siteId, 'volunteers'] as const,
    queryFn: () => api.get(apiPath('rooms.volunteers', { siteId }), VolunteerList),
  }),
  devices: (siteId: string) => ({
    queryKey: ['rooms', siteId, 'devices'] as const,
    queryFn: () => api.get(apiPath('rooms.devices', { siteId }), DeviceList),
  }),
};
