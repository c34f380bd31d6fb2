import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../../api/queries';
import { useSession } from '../../app/session';
import { serviceName, streetName } from '../../ui/format';
import { canUse } from '../../../shared/console/access';
import { ScreeningReminder } from '../screening/ScreeningReminder';

/** A short start per role: who you are, your scope, your counts, where to go. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const { account } = session;
  const live = useQuery(queries.live());
  const scope = account.scope.street
    ? streetName(i18n.language, account.scope.street)
    : account.scope.service
      ? `${serviceName(t, account.scope.service)}${
          account.scope.streets.length > 0
            ? ` · ${account.scope.streets.map((s) => streetName(i18n.language, s)).join('、')}`
            : ''
        }`
      : t('scope.district');
  const team = account.role === 'team-member';
  return (
    <>
      <h1>{t('home.greeting', { name: account.displayName })}</h1>
      <p>{t('home.role', { role: t(`role.${account.role}`), scope })}</p>
      {account.role === 'supervisor' && <p className="note">{t('home.supervisorNote')}</p>}
      {canUse('screening.status', account.role) && <ScreeningReminder />}
      {live.data && (
        <dl className="cards">
          <div className="card">
            <dt>{team ? t('home.freshTeam') : t('home.freshDistrict')}</dt>
            <dd data-testid="home-fresh">{live.data.fresh}</dd>
          </div>
          <div className="card card--alert">
            <dt>{t('home.overdue')}</dt>
            <dd data-testid="home-overdue">{live.data.overdue}</dd>
          </div>
        </dl>
      )}
      <ul className="links">
        {canUse('team.cases', account.role) && (
          <li>
            <Link to="/inbox">{t('home.openInbox')}</Link>
          </li>
        )}
        {canUse('cases.list', account.role) && (
          <li>
            <Link to="/cases">{t('home.openCases')}</Link>
          </li>
        )}
        {canUse('accounts.list', account.role) && (
          <li>
            <Link to="/accounts">{t('home.openAccounts')}</Link>
          </li>
        )}
        {canUse('rooms.list', account.role) && (
          <li>
            <Link to="/rooms">{t('home.openRooms')}</Link>
          </li>
        )}
        {canUse('audit.list', account.role) && (
          <li>
            <Link to="/audit">{t('home.openAudit')}</Link>
          </li>
        )}
      </ul>
    </>
  );
}
