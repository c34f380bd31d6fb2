import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { statsQueries } from './queries';
import { useSession } from '../../app/session';
import { formatTime, joinList, serviceName, streetName } from '../../ui/format';
import { Empty, ErrorRetry, Loading } from '../../ui/States';
import { useSites } from '../cases/use-sites';
import { canUse } from '../../../shared/console/access';
import { StatsFilters } from './StatsFilters';
import { useStatsPlace } from './use-place';

const SCORES = [1, 2, 3, 4, 5] as const;

/**
 * 服务质效评议: ratings per room, team and month, and (for staff, never a supervisor) the low
 * ratings to follow up, each with its case.
 */
export function SatisfactionPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const place = useStatsPlace();
  const { query } = place;
  const sites = useSites();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const byRoom = useQuery(statsQueries.satisfaction(query));
  const figures = useQuery(statsQueries.stats(query));
  const staff = canUse('stats.lowRatings', session.account.role);
  const low = useQuery({ ...statsQueries.lowRatings({ ...query, maxScore: 2 }), enabled: staff });
  const mean = (m: number | null) => (m === null ? '—' : m.toFixed(2));
  const list = (items: string[]) => (items.length === 0 ? '—' : joinList(i18n.language, items));
  const roomName = (id: string) => sites.get(id)?.roomName[lang] ?? id;
  return (
    <>
      <h1>{t('satisfaction.title')}</h1>
      <p>{t('satisfaction.lead')}</p>
      <StatsFilters place={place} />
      <h2>{t('satisfaction.byRoom')}</h2>
      {byRoom.isPending ? (
        <Loading />
      ) : byRoom.isError ? (
        <ErrorRetry error={byRoom.error} onRetry={() => void byRoom.refetch()} />
      ) : (
        <table className="report-table" data-testid="satisfaction-rooms">
          <thead>
            <tr>
              <th scope="col">{t('stats.col.room')}</th>
              <th scope="col">{t('stats.col.ratings')}</th>
              <th scope="col">{t('stats.col.ratingMean')}</th>
              {SCORES.map((s) => (
                <th key={s} scope="col">
                  {t('stats.score', { score: s })}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byRoom.data.rooms.map((r) => (
              <tr key={r.siteId}>
                <th scope="row">
                  {roomName(r.siteId)} ({streetName(i18n.language, r.street)})
                </th>
                <td>{r.ratings}</td>
                <td>{mean(r.mean)}</td>
                {r.distribution.map((n, i) => (
                  <td key={i}>{n}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {figures.data && (
        <>
          <h2>{t('satisfaction.byTeam')}</h2>
          <table className="report-table" data-testid="satisfaction-teams">
            <thead>
              <tr>
                <th scope="col">{t('stats.col.team')}</th>
                <th scope="col">{t('stats.col.ratings')}</th>
                <th scope="col">{t('stats.col.ratingMean')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.satisfaction.byTeam.map((r) => (
                <tr key={r.team}>
                  <th scope="row">
                    {r.team === 'desk' ? t('satisfaction.desk') : serviceName(t, r.team)}
                  </th>
                  <td>{r.ratings}</td>
                  <td>{mean(r.mean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('satisfaction.byMonth')}</h2>
          <table className="report-table" data-testid="satisfaction-months">
            <thead>
              <tr>
                <th scope="col">{t('stats.col.month')}</th>
                <th scope="col">{t('stats.col.ratings')}</th>
                <th scope="col">{t('stats.col.ratingMean')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.data.byMonth.map((m) => (
                <tr key={m.month}>
                  <th scope="row">{m.month}</th>
                  <td>{m.ratings}</td>
                  <td>{mean(m.ratingMean)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {staff && (
        <>
          <h2>{t('satisfaction.low')}</h2>
          <p>{t('satisfaction.lowLead')}</p>
          {low.isPending ? (
            <Loading />
          ) : low.isError ? (
            <ErrorRetry error={low.error} onRetry={() => void low.refetch()} />
          ) : low.data.rows.length === 0 ? (
            <Empty text={t('satisfaction.lowEmpty')} />
          ) : (
            <table className="report-table" data-testid="low-ratings">
              <thead>
                <tr>
                  <th scope="col">{t('satisfaction.ratedAt')}</th>
                  <th scope="col">{t('stats.col.score')}</th>
                  <th scope="col">{t('satisfaction.tags')}</th>
                  <th scope="col">{t('stats.col.room')}</th>
                  <th scope="col">{t('satisfaction.teams')}</th>
                  <th scope="col">{t('satisfaction.case')}</th>
                </tr>
              </thead>
              <tbody>
                {low.data.rows.map((r) => (
                  <tr key={r.caseId}>
                    <th scope="row">{formatTime(i18n.language, r.ratedAt)}</th>
                    <td>{r.score}</td>
                    <td>{list(r.tags.map((tag) => t(`satisfaction.tag.${tag}`)))}</td>
                    <td>{roomName(r.siteId)}</td>
                    <td>{list(r.teams.map((team) => serviceName(t, team)))}</td>
                    <td>
                      <Link to="/cases/$caseId" params={{ caseId: r.caseId }}>
                        {r.ticket ?? t('satisfaction.openCase')}
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {low.data?.more && <p className="note">{t('satisfaction.lowMore')}</p>}
        </>
      )}
    </>
  );
}
