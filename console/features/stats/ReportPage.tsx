import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { statsQueries } from './queries';
import { queryString } from '../../api/client';
import { useSession } from '../../app/session';
import { ErrorRetry, Loading } from '../../ui/States';
import { useSites } from '../cases/use-sites';
import { apiPath } from '../../../shared/console/access';
import type { StatsExportQuery } from '../../../shared/stats/requests';
import { buildReport } from '../../../shared/stats/report';
import { StatTable } from './StatTable';
import { StatsFilters } from './StatsFilters';
import { useStatsPlace } from './use-place';

/**
 * The annual statistics (全年服务量) or a monthly report, as a printable page and as XLSX or CSV.
 * The page prints the same tables the hub writes to the files (shared/stats/report.ts), so what
 * is on screen is what is in the file; a supervisor's hide counts under 5 in both.
 */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const place = useStatsPlace();
  const { query } = place;
  const sites = useSites();
  const figures = useQuery(statsQueries.stats(query));
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const kind = place.period === 'month' ? 'monthly' : 'annual';
  const report = figures.data
    ? buildReport(figures.data, {
        kind,
        lang,
        suppress: session.account.role === 'supervisor',
        roomName: (id) => sites.get(id)?.roomName[lang] ?? id,
      })
    : null;
  const file = (format: StatsExportQuery['format']) =>
    apiPath('stats.export') +
    queryString({
      scope: query.scope,
      id: query.id,
      from: query.from,
      to: query.to,
      report: kind,
      format,
      lang,
    });
  return (
    <>
      <div className="no-print">
        <h1>{t('report.title')}</h1>
        <p>{t('report.lead')}</p>
        <StatsFilters place={place} periods={['month', 'year', 'range']} />
        <p className="actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
          <a className="button" href={file('xlsx')} download data-testid="export-xlsx">
            {t('report.xlsx')}
          </a>
          <a className="button" href={file('csv')} download data-testid="export-csv">
            {t('report.csv')}
          </a>
        </p>
        <p className="note">{t('report.audited')}</p>
      </div>
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <ErrorRetry error={figures.error} onRetry={() => void figures.refetch()} />
      ) : report ? (
        <article className="report" data-testid="report">
          <h2 data-testid="report-title">{report.title}</h2>
          <p>
            {t('report.period')} {report.period}
          </p>
          {report.tables.map((table) => (
            <StatTable
              key={table.id}
              caption={table.title}
              testId={`report-${table.id}`}
              columns={table.columns}
              rows={table.rows.map((cells, r) => ({ key: String(r), cells }))}
            />
          ))}
          <p className="note">{report.legend}</p>
        </article>
      ) : null}
    </>
  );
}
