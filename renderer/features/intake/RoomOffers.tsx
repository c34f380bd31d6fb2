import { useTranslation } from 'react-i18next';
import type { DutySlot, RoomXService } from '../../../shared/intake/room-offers';
import type { Locale } from '../../../shared/catalogue/schema';
import type { LocalText } from '../../../shared/sync/content';
import { usePrefs } from '../accessibility/prefs-store';

/** 1 January 2024 was a Monday: day `weekday` of that week names the ISO weekday. */
function weekdayName(weekday: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(new Date(2024, 0, weekday));
}

function slotText(slot: DutySlot, locale: Locale): string {
  return `${weekdayName(slot.weekday, locale)} ${slot.start}–${slot.end}`;
}

/** The text in the resident's language; Chinese when that one is blank (a stored view may lack it). */
function inLocale(text: LocalText, locale: Locale): string {
  return text[locale].trim() || text['zh-CN'];
}

/**
 * "This room also offers": the street's own X services (6+X), each with what it helps with (when
 * the hub says) and then when someone is on duty for it, or whom to ask. Says so plainly when the
 * room has none.
 */
export function RoomOffers({ offers }: { offers: readonly RoomXService[] }) {
  const { t } = useTranslation();
  const locale = usePrefs((s) => s.locale);
  return (
    <section aria-labelledby="room-offers-title" data-testid="room-offers">
      <h2 id="room-offers-title">{t('result.roomOffers.title')}</h2>
      {offers.length === 0 ? (
        <p data-testid="room-offers-none">{t('result.roomOffers.none')}</p>
      ) : (
        <>
          <p>{t('result.roomOffers.lead')}</p>
          <ul className="card-list">
            {offers.map((offer) => (
              <li key={offer.id}>
                <article className="card service-card" data-testid={`room-offer-${offer.id}`}>
                  <h3>{offer.name[locale]}</h3>
                  {offer.summary && (
                    <p data-testid={`room-offer-summary-${offer.id}`}>
                      {inLocale(offer.summary, locale)}
                    </p>
                  )}
                  <p className={offer.summary ? 'card__meta' : undefined}>
                    {offer.slots.length > 0
                      ? t('result.roomOffers.onDuty', {
                          slots: offer.slots
                            .map((s) => slotText(s, locale))
                            .join(t('list.separator')),
                        })
                      : t('result.roomOffers.askDesk')}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
