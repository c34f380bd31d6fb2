import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { statsQueries } from './queries';
import { useSession } from '../../app/session';
import { serviceName, streetName } from '../../ui/format';
import { ErrorRetry, Loading } from '../../ui/States';
import { previousPeriod } from '../../../shared/stats/period';
import type { StatsFigures } from '../../../shared/stats/figures';
import { ChartFigure } from './ChartFigure';
import { barsOption, heatmapOption, pieOption } from './dashboard-options';
import { Kpis } from './Kpis';
import { StatsFilters } from './StatsFilters';
import { useStatsPlace } from './use-place';

/**
 * 统计看板: the figures of a place (district, street, room) and a period, compared with the
 * period before. Loaded lazily (it carries ECharts), so the console's first download stays small.
 */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const place = useStatsPlace();
  const { query } = place;
  const figures = useQuery(statsQueries.stats(query));
  const before = useQuery(
    statsQueries.stats({ ...query, ...previousPeriod(query.from, query.to) }),
  );
  const search = { ...query, period: place.period };
  return (
    <>
      <h1>{t('stats.title')}</h1>
      <p>{t('stats.lead')}</p>
      <StatsFilters place={place} />
      <ul className="links">
        <li>
          <Link to="/stats/report" search={search} data-testid="open-report">
            {t('stats.openReport')}
          </Link>
        </li>
        <li>
          <Link to="/stats/satisfaction" search={search}>
            {t('stats.openSatisfaction')}
          </Link>
        </li>
      </ul>
      {session.account.role === 'supervisor' && <p className="note">{t('stats.supervisorNote')}</p>}
      {figures.isPending ? (
        <Loading />
      ) : figures.isError ? (
        <ErrorRetry error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <Figures now={figures.data} before={before.data} />
      )}
    </>
  );
}

function Figures({ now, before }: { now: StatsFigures; before: StatsFigures | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const charts = useMemo(() => {
    const months = now.byMonth.map((m) => m.month);
    const prompt = (p: string) => t(`stats.prompt.${p}`);
    const prompts = now.byPrompt.filter((p) => p.intakes + p.cases > 0);
    const streets = [...new Set(now.byStreetMonth.map((c) => c.street))];
    const heat = streets.map((s) =>
      months.map((m) => now.byStreetMonth.find((c) => c.street === s && c.month === m)?.cases ?? 0),
    );
    return {
      volume: {
        option: barsOption(months, [
          { name: t('stats.col.intakes'), data: now.byMonth.map((m) => m.intakes) },
          { name: t('stats.col.cases'), data: now.byMonth.map((m) => m.cases) },
          { name: t('stats.col.results'), data: now.byMonth.map((m) => m.results) },
        ]),
        table: {
          columns: ['month', 'intakes', 'cases', 'results', 'reported', 'closed'].map((c) =>
            t(`stats.col.${c}`),
          ),
          rows: now.byMonth.map((m) => ({
            key: m.month,
            cells: [m.month, m.intakes, m.cases, m.results, m.reported, m.closed],
          })),
        },
      },
      overdue: {
        option: barsOption(
          months,
          [{ name: t('stats.col.overdue'), data: now.byMonth.map((m) => m.overdueAtMonthEnd) }],
          { line: true },
        ),
        table: {
          columns: [t('stats.col.month'), t('stats.col.overdue')],
          rows: now.byMonth.map((m) => ({
            key: m.month,
            cells: [
              now.openMonths.includes(m.month) ? t('stats.openMonth', { month: m.month }) : m.month,
              m.overdueAtMonthEnd,
            ],
          })),
        },
      },
      prompts: {
        option: barsOption(
          prompts.map((p) => prompt(p.prompt)),
          [
            { name: t('stats.col.intakes'), data: prompts.map((p) => p.intakes) },
            { name: t('stats.col.cases'), data: prompts.map((p) => p.cases) },
          ],
          { horizontal: true },
        ),
        table: {
          columns: ['prompt', 'intakes', 'cases', 'solvedOnSpot', 'routed'].map((c) =>
            t(`stats.col.${c}`),
          ),
          rows: now.byPrompt.map((p) => ({
            key: p.prompt,
            cells: [prompt(p.prompt), p.intakes, p.cases, p.solvedOnSpot, p.routed],
          })),
        },
      },
      services: {
        option: barsOption(
          now.byService.map((s) => serviceName(t, s.service)),
          [
            { name: t('stats.col.suggested'), data: now.byService.map((s) => s.suggested) },
            { name: t('stats.col.routed'), data: now.byService.map((s) => s.routed) },
            { name: t('stats.col.resolved'), data: now.byService.map((s) => s.resolved) },
          ],
          { horizontal: true },
        ),
        table: {
          columns: ['service', 'suggested', 'solvedOnSpot', 'routed', 'resolved', 'homeVisits'].map(
            (c) => t(`stats.col.${c}`),
          ),
          rows: now.byService.map((s) => ({
            key: s.service,
            cells: [
              serviceName(t, s.service),
              s.suggested,
              s.solvedOnSpot,
              s.routed,
              s.resolved,
              s.homeVisits,
            ],
          })),
        },
      },
      heat: {
        option: heatmapOption(
          streets.map((s) => streetName(lang, s)),
          months,
          heat,
        ),
        table: {
          columns: [t('stats.col.street'), ...months],
          rows: streets.map((s, i) => ({
            key: s,
            cells: [streetName(lang, s), ...(heat[i] ?? [])],
          })),
        },
        height: Math.max(200, 40 + streets.length * 32),
      },
      outcomes: {
        option: pieOption(
          now.outcomes.map((o) => ({ name: t(`stats.outcome.${o.outcome}`), value: o.cases })),
        ),
        table: {
          columns: [t('stats.col.outcome'), t('stats.col.cases')],
          rows: now.outcomes.map((o) => ({
            key: o.outcome,
            cells: [t(`stats.outcome.${o.outcome}`), o.cases],
          })),
        },
      },
      satisfaction: {
        option: barsOption(
          now.satisfaction.distribution.map((d) => t('stats.score', { score: d.score })),
          [
            {
              name: t('stats.col.ratings'),
              data: now.satisfaction.distribution.map((d) => d.count),
            },
          ],
        ),
        table: {
          columns: [t('stats.col.score'), t('stats.col.ratings')],
          rows: now.satisfaction.distribution.map((d) => ({
            key: String(d.score),
            cells: [t('stats.score', { score: d.score }), d.count],
          })),
        },
      },
    };
  }, [now, t, lang]);

  return (
    <>
      <Kpis now={now} before={before} />
      {now.openMonths.length > 0 && <p className="note">{t('stats.openNote')}</p>}
      <div className="chart-grid">
        <ChartFigure id="volume" title={t('stats.chart.volume')} {...charts.volume} />
        <ChartFigure id="heat" title={t('stats.chart.heat')} {...charts.heat} />
        <ChartFigure id="prompts" title={t('stats.chart.prompts')} {...charts.prompts} />
        <ChartFigure id="services" title={t('stats.chart.services')} {...charts.services} />
        <ChartFigure id="outcomes" title={t('stats.chart.outcomes')} {...charts.outcomes} />
        <ChartFigure id="overdue" title={t('stats.chart.overdue')} {...charts.overdue} />
        <ChartFigure
          id="satisfaction"
          title={t('stats.chart.satisfaction')}
          {...charts.satisfaction}
        />
      </div>
    </>
  );
}
