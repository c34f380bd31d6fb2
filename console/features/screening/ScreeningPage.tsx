import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { queries } from '../../api/queries';
import { useSession } from '../../app/session';
import { ErrorRetry, Loading } from '../../ui/States';
import { formatTime, streetName } from '../../ui/format';
import { canUse } from '../../../shared/console/access';

/** 主动排摸: this month's screening of each street in scope, held or not, and where to go next. */
export function ScreeningPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const role = session.account.role;
  const status = useQuery(queries.screeningStatus());
  if (status.isPending) return <Loading />;
  if (status.error)
    return <ErrorRetry error={status.error} onRetry={() => void status.refetch()} />;
  const { month, streets } = status.data;
  const staff = canUse('screening.import', role);
  return (
    <>
      <h1>{t('screening.title')}</h1>
      <p>{t('screening.lead', { month })}</p>
      {canUse('screening.rulesSave', role) && (
        <p>
          <Link to="/screening/rules" data-testid="screening-rules-link">
            {t('screening.rules.open')}
          </Link>
        </p>
      )}
      <div className="table-wrap">
        <table className="table" data-testid="screening-status">
          <caption>{t('screening.statusCaption', { month })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('screening.street')}</th>
              <th scope="col">{t('screening.orders')}</th>
              <th scope="col">{t('screening.held')}</th>
              {staff && <th scope="col">{t('screening.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {streets.map((s) => (
              <tr key={s.street} data-testid={`status-${s.street}`}>
                <th scope="row">{streetName(i18n.language, s.street)}</th>
                <td>{s.orders}</td>
                <td>
                  {s.heldAt ? (
                    t('screening.heldAt', { at: formatTime(i18n.language, s.heldAt) })
                  ) : (
                    <span className={s.reminder ? 'badge badge--alert' : undefined}>
                      {t('screening.notHeld')}
                    </span>
                  )}
                </td>
                {staff && (
                  <td>
                    <Link
                      to="/screening/$street/import"
                      params={{ street: s.street }}
                      data-testid={`import-${s.street}`}
                    >
                      {t('screening.import.open')}
                    </Link>
                    {' · '}
                    <Link
                      to="/screening/$street/$month"
                      params={{ street: s.street, month }}
                      data-testid={`meeting-${s.street}`}
                    >
                      {t('screening.meeting.open')}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
