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
  page('/screening', ScreeningPage),
  page('/screening/rules', RulesPage),
  page('/screening/$street/import', ImportPage),
  page('/screening/$street/$month', MeetingPage),
]);

export const router = createRouter({ routeTree, basepath: '/console' });
