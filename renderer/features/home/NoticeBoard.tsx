import { useTranslation } from 'react-i18next';
import { useSiteView, useSiteViewRead } from '../../content/use-site-view';
import { useReady } from '../../app/kiosk-context';
import { rotaForDay, themeForMonth } from '../../content/site-view';
import { useServiceName } from '../intake/use-service-name';
import { usePrefs } from '../accessibility/prefs-store';

/**
 * 告知机制: today's duty rota and this month's theme activity, published in advance. They come
 * from the content database and name services from the catalogue, both of which arrive just after
 * Home is first drawn (docs/architecture.md, "First screen"); until then the headings stand alone.
 */
export function NoticeBoard() {
  const { t } = useTranslation();
  const read = useSiteViewRead();
  const catalogueLoaded = useReady('catalogue');
  const ready = read && catalogueLoaded;
  return (
    <div className="notice-board" aria-busy={ready ? undefined : true}>
      <section aria-labelledby="rota-title" className="notice">
        <h2 id="rota-title">{t('home.rotaToday')}</h2>
        {ready && <RotaToday />}
      </section>
      <section aria-labelledby="theme-title" className="notice">
        <h2 id="theme-title">{t('home.themeTitle')}</h2>
        {ready && <ThemeOfMonth />}
      </section>
      {ready && <Replies />}
      {ready && <DemoNotice />}
    </div>
  );
}

function RotaToday() {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const site = useSiteView();
  const serviceName = useServiceName();
  const today = rotaForDay(site, new Date());
  return (
    <>
      {today.length === 0 ? (
        <p>{t('home.rotaNone')}</p>
      ) : (
        <ul className="rota" data-testid="rota-today">
          {today.map((slot) => (
            <li key={`${slot.start}-${slot.serviceId}`}>
              <span className="rota__time">
                {slot.start}–{slot.end}
              </span>{' '}
              <span className="rota__service">{serviceName(slot.serviceId)}</span>{' '}
              <span className="rota__who">{slot.who}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="notice__hours">
        {t('home.openingHours')}
        {site.openingHours[locale]}
      </p>
    </>
  );
}

function ThemeOfMonth() {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  const theme = themeForMonth(useSiteView(), new Date());
  return theme ? (
    <p data-testid="theme">
      <strong>{theme.title[locale]}</strong>
      <br />
      {t('home.themeWhen', { date: theme.date, place: theme.place[locale] })}
    </p>
  ) : (
    <p>{t('home.themeNone')}</p>
  );
}

function DemoNotice() {
  const { t } = useTranslation();
  const site = useSiteView();
  return site.demo ? <p className="notice__demo">{t('home.demoNotice')}</p> : null;
}

/** 解忧法空间: replies to residents' suggestions, which staff chose to show here. */
function Replies() {
  const { t } = useTranslation();
  const { replies } = useSiteView();
  if (replies.length === 0) return null;
  return (
    <section aria-labelledby="replies-title" className="notice" data-testid="suggestion-replies">
      <h2 id="replies-title">{t('home.repliesTitle')}</h2>
      <ul className="replies">
        {replies.map((r) => (
          <li key={r.id}>
            <span className="replies__about">
              {t('home.replyAbout', {
                day: r.day,
                topic: t(`suggestion.topics.${r.topic ?? 'untagged'}`),
              })}
            </span>{' '}
            {r.reply}
          </li>
        ))}
      </ul>
    </section>
  );
}
