import { lazy, Suspense } from 'react';
import { createRootRoute, createRoute, createRouter, Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Shell } from '../layout/Shell';
import { LoginPage } from '../features/login/LoginPage';
import { PasswordPage } from '../features/login/PasswordPage';
import { HomePage } from '../features/home/HomePage';
import { InboxPage } from '../features/workbench/InboxPage';
import { CasePage } from '../features/workbench/CasePage';
import { CasesPage } from '../features/cases/CasesPage';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { RoomsPage } from '../features/rooms/RoomsPage';
import { RoomPage } from '../features/rooms/RoomPage';
import { NoticePage } from '../features/rooms/NoticePage';
import { SuggestionsPage } from '../features/suggestions/SuggestionsPage';
import { TypicalCasesPage } from '../features/typical/TypicalCasesPage';
import { ScreeningPage } from '../features/screening/ScreeningPage';
import { ImportPage } from '../features/screening/ImportPage';
import { MeetingPage } from '../features/screening/MeetingPage';
import { RulesPage } from '../features/screening/RulesPage';
import { ErrorRetry, Loading } from '../ui/States';
import { SessionGate } from './session';

/**
 * The console's screens. Whatever the address, a visitor without a session sees the login page
 * (and, after logging in, the page they asked for); a first login sees the password change. The
 * session and the access table decide what the navigation offers; the hub decides what it answers.
 */
function Root() {
  return (
    <SessionGate
      loading={<Loading />}
      loggedOut={<LoginPage />}
      failed={(retry, error) => (
        <main id="main" className="page">
          <ErrorRetry error={error} onRetry={retry} />
        </main>
      )}
    >
      {(session) =>
        session.account.mustChangePassword ? (
          <PasswordPage />
        ) : (
          <Shell>
            <Outlet />
          </Shell>
        )
      }
    </SessionGate>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return <p role="alert">{t('error.not_found')}</p>;
}

// The statistics screens load when first opened: the dashboard carries ECharts, the reports their
// tables and words, none of which the console's first download needs (docs/libraries.md).
const DashboardPage = lazy(() => import('../features/stats/DashboardPage'));
const ReportPage = lazy(() =>
  import('../features/stats/ReportPage').then((m) => ({ default: m.ReportPage })),
);
const SatisfactionPage = lazy(() =>
  import('../features/stats/SatisfactionPage').then((m) => ({ default: m.SatisfactionPage })),
);
const later = (Page: React.ComponentType) =>
  function Later() {
    return (
      <Suspense fallback={<Loading />}>
        <Page />
      </Suspense>
    );
  };

const root = createRootRoute({ component: Root, notFoundComponent: NotFound });
const page = (path: string, component: () => React.ReactNode) =>
  createRoute({ getParentRoute: () => root, path, component });

const routeTree = root.addChildren([
  page('/', HomePage),
  page('/inbox', InboxPage),
  page('/team/cases/$caseId', () => <CasePage mode="team" />),
  page('/cases', CasesPage),
  page('/cases/$caseId', () => <CasePage mode="district" />),
  page('/accounts', AccountsPage),
  page('/audit', AuditPage),
  page('/stats', later(DashboardPage)),
  page('/stats/report', later(ReportPage)),
  page('/stats/satisfaction', later(SatisfactionPage)),
  page('/rooms', RoomsPage),
  page('/rooms/$siteId', RoomPage),
  page('/rooms/$siteId/notice', NoticePage),
  // issue 12
  page('/suggestions', SuggestionsPage),
  page('/typical-cases', TypicalCasesPage),
  page('/screening', ScreeningPage),
  page('/screening/rules', RulesPage),
  page('/screening/$street/import', ImportPage),
  page('/screening/$street/$month', MeetingPage),
]);

export const router = createRouter({ routeTree, basepath: '/console' });
