import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouterState } from '@tanstack/react-router';
import { canUse, type AccessId } from '../../shared/console/access';
import { reportSessionLost } from '../api/client';
import { useSession } from '../app/session';
import { ExpiredDialog } from '../features/login/ExpiredDialog';
import { LanguageSwitch } from './LanguageSwitch';
import { LogoutButton } from './LogoutButton';
import { useLiveCounts } from './use-live';

const NAV: { to: string; label: string; needs: AccessId | null; badges?: true }[] = [
  { to: '/', label: 'nav.home', needs: null },
  { to: '/inbox', label: 'nav.inbox', needs: 'team.cases', badges: true },
  { to: '/cases', label: 'nav.cases', needs: 'cases.list', badges: true },
  { to: '/stats', label: 'nav.stats', needs: 'stats.read' },
  { to: '/accounts', label: 'nav.accounts', needs: 'accounts.list' },
  { to: '/audit', label: 'nav.audit', needs: 'audit.list' },
  { to: '/rooms', label: 'nav.rooms', needs: 'rooms.list' },
  // issue 12
  { to: '/suggestions', label: 'nav.suggestions', needs: 'suggestions.list' },
  { to: '/typical-cases', label: 'nav.typical', needs: 'typicalCases.list' },
  { to: '/screening', label: 'nav.screening', needs: 'screening.status' },
];

/** The frame of every screen after login: skip link, header, navigation with live badges, main. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session, expired } = useSession();
  const role = session.account.role;
  // The stream says the session ended: ask to log in again over the page, as a refusal would.
  const { counts, connected } = useLiveCounts(reportSessionLost);
  const path = useRouterState({ select: (s) => s.location.pathname });
  const main = useRef<HTMLElement>(null);
  // A new screen: move focus to its main area so keyboard and screen-reader users start there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [path]);
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header className="header">
        <p className="brand">{t('app.title')}</p>
        <p className="who" data-testid="who">
          {session.account.displayName} · {t(`role.${role}`)}
        </p>
        <LanguageSwitch />
        <LogoutButton />
      </header>
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          {NAV.filter((n) => n.needs === null || canUse(n.needs, role)).map((n) => (
            <li key={n.to}>
              <Link
                to={n.to}
                activeOptions={{ exact: n.to === '/' }}
                activeProps={{ 'aria-current': 'page' }}
                data-testid={`nav-${n.to.slice(1) || 'home'}`}
              >
                {t(n.label)}
                {n.badges && counts ? (
                  <>
                    {counts.fresh > 0 && (
                      <span className="badge" data-testid="badge-fresh">
                        {t('nav.badgeFresh', { count: counts.fresh })}
                      </span>
                    )}
                    {counts.overdue > 0 && (
                      <span className="badge badge--alert" data-testid="badge-overdue">
                        {t('nav.badgeOverdue', { count: counts.overdue })}
                      </span>
                    )}
                  </>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
        <p className="live" data-testid="live" data-connected={connected}>
          {connected ? t('nav.live') : t('nav.liveOff')}
        </p>
      </nav>
      <main id="main" ref={main} tabIndex={-1} className="page">
        {children}
      </main>
      {expired && <ExpiredDialog />}
    </>
  );
}
