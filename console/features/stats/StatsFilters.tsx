import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { streetName } from '../../ui/format';
import { useSites } from '../cases/use-sites';
import { STREETS } from '../../../shared/sites';
import type { StatsScope } from '../../../shared/stats/figures';
import { Month } from '../../../shared/stats/month';
import { PERIOD_KINDS, periodOf, type PeriodKind } from '../../../shared/stats/period';
import type { useStatsPlace } from './use-place';

const RANGE_ENDS = ['from', 'to'] as const;

/**
 * Where and when: the district, a street or a room, and a month, quarter, year or any range of
 * months. Changes go to the URL at once (the figures are cached per place and period).
 */
export function StatsFilters({
  place,
  periods = PERIOD_KINDS,
}: {
  place: ReturnType<typeof useStatsPlace>;
  periods?: readonly PeriodKind[];
}) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const sites = useSites();
  const own = session.account.scope.street;
  const { query, period } = place;
  const nameLang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const street =
    query.scope === 'street'
      ? query.id
      : query.scope === 'room'
        ? sites.get(query.id ?? '')?.street
        : undefined;
  const scopes: StatsScope[] = own ? ['street', 'room'] : ['district', 'street', 'room'];
  const rooms = [...sites.values()].filter((s) => street === undefined || s.street === street);

  const setScope = (scope: StatsScope) => {
    if (scope === 'district') place.set({ scope, id: undefined });
    else if (scope === 'street') place.set({ scope, id: street ?? own ?? STREETS[0].id });
    else place.set({ scope, id: rooms[0]?.siteId ?? [...sites.keys()][0] });
  };
  const setPeriod = (kind: PeriodKind, anchor: string = query.to) => {
    if (!Month.safeParse(anchor).success) return;
    if (kind === 'range') place.set({ period: kind });
    else place.set({ period: kind, ...periodOf(kind, anchor) });
  };
  const setRange = (key: 'from' | 'to', value: string) => {
    if (Month.safeParse(value).success) place.set({ period: 'range', [key]: value });
  };

  return (
    <form className="filters" onSubmit={(e) => e.preventDefault()} data-testid="stats-filters">
      <label className="field field--inline">
        <span>{t('stats.scope')}</span>
        <select
          value={query.scope}
          onChange={(e) => setScope(e.target.value as StatsScope)}
          data-testid="stats-scope"
        >
          {scopes.map((s) => (
            <option key={s} value={s}>
              {t(`stats.scopes.${s}`)}
            </option>
          ))}
        </select>
      </label>
      {query.scope === 'street' && !own && (
        <label className="field field--inline">
          <span>{t('cases.streetLabel')}</span>
          <select
            value={query.id}
            onChange={(e) => place.set({ scope: 'street', id: e.target.value })}
            data-testid="stats-street"
          >
            {STREETS.map((s) => (
              <option key={s.id} value={s.id}>
                {streetName(i18n.language, s.id)}
              </option>
            ))}
          </select>
        </label>
      )}
      {query.scope === 'room' && (
        <label className="field field--inline">
          <span>{t('stats.room')}</span>
          <select
            value={query.id}
            onChange={(e) => place.set({ scope: 'room', id: e.target.value })}
            data-testid="stats-room"
          >
            {[...sites.values()].map((s) => (
              <option key={s.siteId} value={s.siteId}>
                {s.roomName[nameLang]}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="field field--inline">
        <span>{t('stats.period')}</span>
        <select
          value={period}
          onChange={(e) => setPeriod(e.target.value as PeriodKind)}
          data-testid="stats-period"
        >
          {periods.map((p) => (
            <option key={p} value={p}>
              {t(`stats.periods.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {period === 'range' ? (
        RANGE_ENDS.map((key) => (
          <label className="field field--inline" key={key}>
            <span>{t(`stats.${key}`)}</span>
            <input
              type="month"
              value={query[key]}
              onChange={(e) => setRange(key, e.target.value)}
              data-testid={`stats-${key}`}
            />
          </label>
        ))
      ) : (
        <label className="field field--inline">
          <span>{t(`stats.which.${period}`)}</span>
          <input
            type="month"
            value={query.to}
            onChange={(e) => setPeriod(period, e.target.value)}
            data-testid="stats-month"
          />
        </label>
      )}
    </form>
  );
}
