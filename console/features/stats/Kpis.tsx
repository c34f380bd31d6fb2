import { useTranslation } from 'react-i18next';
import { change } from '../../../shared/stats/period';
import type { StatsFigures } from '../../../shared/stats/figures';

type Figure = {
  key: string;
  now: number | null;
  before: number | null;
  kind: 'count' | 'share' | 'mean';
};

/**
 * The headline figures with the previous period beside them. 事事有结果 (the share of results
 * reported back to the resident) comes first and largest: it is what the scheme is judged by.
 */
export function Kpis({ now, before }: { now: StatsFigures; before: StatsFigures | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'zh-CN';
  const lastMonth = (f: StatsFigures | undefined) => f?.byMonth.at(-1)?.overdueAtMonthEnd ?? null;
  const figures: Figure[] = [
    {
      key: 'reportedShare',
      now: now.reportedBack.share,
      before: before?.reportedBack.share ?? null,
      kind: 'share',
    },
    {
      key: 'intakes',
      now: now.totals.intakes,
      before: before?.totals.intakes ?? null,
      kind: 'count',
    },
    { key: 'cases', now: now.totals.cases, before: before?.totals.cases ?? null, kind: 'count' },
    {
      key: 'solvedOnSpot',
      now: now.totals.solvedOnSpot,
      before: before?.totals.solvedOnSpot ?? null,
      kind: 'count',
    },
    {
      key: 'routedCases',
      now: now.totals.routedCases,
      before: before?.totals.routedCases ?? null,
      kind: 'count',
    },
    { key: 'overdue', now: lastMonth(now), before: lastMonth(before), kind: 'count' },
    {
      key: 'ratingMean',
      now: now.satisfaction.mean,
      before: before?.satisfaction.mean ?? null,
      kind: 'mean',
    },
  ];
  const show = (value: number | null, kind: Figure['kind']) => {
    if (value === null) return '—';
    if (kind === 'share')
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(
        value,
      );
    if (kind === 'mean') return value.toFixed(2);
    return new Intl.NumberFormat(locale).format(value);
  };
  const diff = (f: Figure) => {
    if (f.now === null || f.before === null) return t('stats.noComparison');
    if (f.kind === 'count') {
      const c = change(f.now, f.before);
      if (c === null) return t('stats.before', { value: show(f.before, f.kind) });
      const pct = new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 0,
        signDisplay: 'always',
      }).format(c);
      return t('stats.beforeChange', { value: show(f.before, f.kind), change: pct });
    }
    return t('stats.before', { value: show(f.before, f.kind) });
  };
  return (
    <dl className="cards kpis" data-testid="kpis">
      {figures.map((f, i) => (
        <div
          key={f.key}
          className={i === 0 ? 'card card--headline' : 'card'}
          data-testid={`kpi-${f.key}`}
        >
          <dt>{t(`stats.kpi.${f.key}`)}</dt>
          <dd>
            <span className="kpi-value" data-testid={`kpi-${f.key}-value`}>
              {show(f.now, f.kind)}
            </span>
            <span className="kpi-before">{diff(f)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
