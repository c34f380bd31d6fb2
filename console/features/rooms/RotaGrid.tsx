import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { SlotForm } from './SlotForm';
import { WEEKDAYS } from '../../../shared/console/week';
import { useServiceLabel } from './service-label';
import { apiPath } from '../../../shared/console/access';
import { RoomChanged, RotaRequest, type RoomDetail } from '../../../shared/console/rooms';
import type { RotaEntry } from '../../../shared/sync/content';

const bySlot = (a: RotaEntry, b: RotaEntry) =>
  a.weekday - b.weekday || a.start.localeCompare(b.start) || a.who.localeCompare(b.who);

/**
 * The weekly duty rota (每周轮班值守) as a week grid: a column per day, its slots in time order.
 * Slots are added and removed in a draft; "publish" sends the whole rota (as `rota set` does)
 * and the room's kiosks show it after their next sync.
 */
export function RotaGrid({ detail }: { detail: RoomDetail }) {
  const { t } = useTranslation();
  const { siteId } = detail.room.settings;
  const [entries, setEntries] = useState<RotaEntry[]>(() => [...detail.rota.entries].sort(bySlot));
  const label = useServiceLabel(detail.room.settings);
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.rota', { siteId }),
    request: RotaRequest,
    answer: RoomChanged,
    siteId,
    done: t('rota.published'),
  });
  const dirty = JSON.stringify(entries) !== JSON.stringify([...detail.rota.entries].sort(bySlot));
  return (
    <section className="panel" aria-labelledby="rota-title" data-testid="rota">
      <h2 id="rota-title">{t('rota.title')}</h2>
      <p>{t('rota.lead')}</p>
      <div className="table-wrap">
        <table className="table week">
          <caption>{t('rota.caption', { count: entries.length })}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th scope="col" key={d}>
                  {t(`weekday.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {WEEKDAYS.map((d) => (
                <td key={d} data-testid={`rota-day-${d}`}>
                  <ul className="slots">
                    {entries
                      .filter((e) => e.weekday === d)
                      .map((e) => (
                        <li key={`${e.start}-${e.end}-${e.service}-${e.who}`} className="slot">
                          <span className="slot__time">
                            {e.start}–{e.end}
                          </span>
                          <span>{label(e.service)}</span>
                          <span className="slot__who">{e.who}</span>
                          <button
                            type="button"
                            className="button button--small"
                            aria-label={t('rota.remove', {
                              day: t(`weekday.${d}`),
                              time: `${e.start}–${e.end}`,
                              who: e.who,
                            })}
                            onClick={() => setEntries(entries.filter((x) => x !== e))}
                          >
                            {t('rota.removeShort')}
                          </button>
                        </li>
                      ))}
                  </ul>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <SlotForm
        settings={detail.room.settings}
        onAdd={(slot) => setEntries([...entries, slot].sort(bySlot))}
      />
      {dirty && <p className="note">{t('rota.unpublished')}</p>}
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="button"
        className="button button--primary"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({ entries })}
        data-testid="rota-publish"
      >
        {t('rota.publish')}
      </button>
    </section>
  );
}
