import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { apiPath } from '../../../shared/console/access';
import { RoomChanged } from '../../../shared/console/rooms';

/** Retire the room: its kiosks stop and its codes end; the history stays. Asks to confirm. */
export function RetireRoom({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const [sure, setSure] = useState(false);
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.retire', { siteId }),
    request: z.strictObject({}),
    answer: RoomChanged,
    siteId,
    done: t('rooms.retiredDone'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (sure) mutation.mutate({});
  };
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="retire-title">
      <h2 id="retire-title">{t('rooms.retire')}</h2>
      <p>{t('rooms.retireLead')}</p>
      <label className="check">
        <input
          type="checkbox"
          checked={sure}
          onChange={(e) => setSure(e.target.checked)}
          data-testid="retire-sure"
        />
        <span>{t('rooms.retireSure')}</span>
      </label>
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button"
        disabled={!sure || mutation.isPending}
        data-testid="retire-room"
      >
        {t('rooms.retire')}
      </button>
    </form>
  );
}
