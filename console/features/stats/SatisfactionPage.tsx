import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { statsQueries } from './queries';
import { useSession } from '../../app/session';
import { formatTime, joinList, serviceName, streetName } from '../../ui/format';
import { Empty, ErrorRetry, Loading } from '../../ui/States';
import { useSites } from '../cases/use-sites';
import { canUse } from '../../../shared/console/access';
import { StatTable } from './StatTable';
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
  const ratingColumns = (first: string) => [
    first,
    t('stats.col.ratings'),
    t('stats.col.ratingMean'),
  ];
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
        <StatTable
          caption={t('satisfaction.byRoom')}
          hideCaption
          testId="satisfaction-rooms"
          columns={[
            t('stats.col.room'),
            t('stats.col.ratings'),
            t('stats.col.ratingMean'),
            ...SCORES.map((score) => t('stats.score', { score })),
          ]}
          rows={byRoom.data.rooms.map((r) => ({
            key: r.siteId,
            cells: [
              `${roomName(r.siteId)} (${streetName(i18n.language, r.street)})`,
              r.ratings,
              mean(r.mean),
              ...r.distribution,
            ],
          }))}
        />
      )}
      {figures.data && (
        <>
          <h2>{t('satisfaction.byTeam')}</h2>
          <StatTable
            caption={t('satisfaction.byTeam')}
            hideCaption
            testId="satisfaction-teams"
            columns={ratingColumns(t('stats.col.team'))}
            rows={figures.data.satisfaction.byTeam.map((r) => ({
              key: r.team,
              cells: [
                r.team === 'desk' ? t('satisfaction.desk') : serviceName(t, r.team),
                r.ratings,
                mean(r.mean),
              ],
            }))}
          />
          <h2>{t('satisfaction.byMonth')}</h2>
          <StatTable
            caption={t('satisfaction.byMonth')}
            hideCaption
            testId="satisfaction-months"
            columns={ratingColumns(t('stats.col.month'))}
            rows={figures.data.byMonth.map((m) => ({
              key: m.month,
              cells: [m.month, m.ratings, mean(m.ratingMean)],
            }))}
          />
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
            <StatTable
              caption={t('satisfaction.low')}
              hideCaption
              testId="low-ratings"
              columns={[
                t('satisfaction.ratedAt'),
                t('stats.col.score'),
                t('satisfaction.tags'),
                t('stats.col.room'),
                t('satisfaction.teams'),
                t('satisfaction.case'),
              ]}
              rows={low.data.rows.map((r) => ({
                key: r.caseId,
                cells: [
                  formatTime(i18n.language, r.ratedAt),
                  r.score,
                  list(r.tags.map((tag) => t(`satisfaction.tag.${tag}`))),
                  roomName(r.siteId),
                  list(r.teams.map((team) => serviceName(t, team))),
                  <Link key="case" to="/cases/$caseId" params={{ caseId: r.caseId }}>
                    {r.ticket ?? t('satisfaction.openCase')}
                  </Link>,
                ],
              }))}
            />
          )}
          {low.data?.more && <p className="note">{t('satisfaction.lowMore')}</p>}
        </>
      )}
    </>
  );
}
