import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { BothLanguages } from './text-fields';
import { apiPath } from '../../../shared/console/access';
import { RoomChanged, RoomUpdateRequest } from '../../../shared/console/rooms';
import type { SiteSettings } from '../../../shared/sync/content';

/** Rename the room, its address and opening hours, in both languages (as `site set`). */
export function RoomDetails({ settings }: { settings: SiteSettings }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(settings);
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.update', { siteId: settings.siteId }),
    request: RoomUpdateRequest,
    answer: RoomChanged,
    siteId: settings.siteId,
    done: t('rooms.saved'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // The rest of the settings (X services) as the hub has them now, not as they were when the
    // form opened: the X services form beside this one saves them too.
    const { roomName, address, openingHours } = draft;
    mutation.mutate({ ...settings, roomName, address, openingHours });
  };
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="details-title">
      <h2 id="details-title">{t('rooms.details')}</h2>
      <BothLanguages
        label={t('rooms.name')}
        value={draft.roomName}
        onChange={(roomName) => setDraft({ ...draft, roomName })}
        testId="details-name"
      />
      <BothLanguages
        label={t('rooms.address')}
        value={draft.address}
        onChange={(address) => setDraft({ ...draft, address })}
        testId="details-address"
      />
      <BothLanguages
        label={t('rooms.hours')}
        value={draft.openingHours}
        onChange={(openingHours) => setDraft({ ...draft, openingHours })}
        testId="details-hours"
      />
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending}
        data-testid="details-save"
      >
        {t('rooms.save')}
      </button>
    </form>
  );
}
