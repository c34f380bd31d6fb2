import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { roomQueries } from '../../api/queries';
import { ErrorRetry, Loading } from '../../ui/States';
import { useServiceLabel } from './service-label';
import { useSiteParam } from './use-site-param';
import { WEEKDAYS } from '../../../shared/console/week';

/**
 * 告知机制: a printable A4 notice for the community board: the room, this week's duty rota and
 * this month's theme activity, in large type. The print stylesheet (console.css, `@media print`)
 * drops the console's frame and fits the sheet on one A4 page.
 */
export function NoticePage() {
  const { t, i18n } = useTranslation();
  const siteId = useSiteParam();
  const room = useQuery(roomQueries.room(siteId));
  const label = useServiceLabel(room.data?.room.settings);
  if (room.isPending) return <Loading />;
  if (room.error) return <ErrorRetry error={room.error} onRetry={() => void room.refetch()} />;
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const { settings } = room.data.room;
  const days = room.data.week;
  const theme = room.data.themes.find((x) => x.month === room.data.month) ?? null;
  const dayLabel = (iso: string) => `${Number(iso.slice(5, 7))}/${Number(iso.slice(8, 10))}`;
  return (
    <>
      <p className="no-print">
        <Link to="/rooms/$siteId" params={{ siteId }}>
          {t('notice.back')}
        </Link>{' '}
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.print()}
          data-testid="notice-print"
        >
          {t('notice.print')}
        </button>
      </p>
      <article className="notice-sheet" data-testid="notice-sheet">
        <p className="notice-sheet__sign">{t('notice.sign')}</p>
        <h1>{settings.roomName[locale]}</h1>
        <p>
          {settings.address[locale]} · {settings.openingHours[locale]}
        </p>
        <h2>{t('notice.rota', { from: dayLabel(days[0] ?? ''), to: dayLabel(days[6] ?? '') })}</h2>
        <table className="notice-rota" data-testid="notice-rota">
          <tbody>
            {WEEKDAYS.map((d, i) => {
              const slots = room.data.rota.entries
                .filter((e) => e.weekday === d)
                .sort((a, b) => a.start.localeCompare(b.start));
              return (
                <tr key={d}>
                  <th scope="row">
                    {t(`weekday.${d}`)} {dayLabel(days[i] ?? '')}
                  </th>
                  <td>
                    {slots.length === 0
                      ? t('notice.noDuty')
                      : slots.map((e) => (
                          <p key={`${e.start}-${e.who}`}>
                            {e.start}–{e.end} {label(e.service)} · {e.who}
                          </p>
                        ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <h2>{t('notice.theme')}</h2>
        {theme ? (
          <p className="notice-sheet__theme" data-testid="notice-theme">
            <strong>{theme.title[locale]}</strong>
            <br />
            {t('notice.themeWhen', { date: theme.date, place: theme.place[locale] })}
          </p>
        ) : (
          <p>{t('notice.noTheme')}</p>
        )}
        <p className="notice-sheet__foot">{t('notice.foot')}</p>
      </article>
    </>
  );
}
