import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { FormStatus } from '../../ui/States';
import { streetName } from '../../ui/format';
import { useRoomChange } from './use-room-change';
import { apiPath } from '../../../shared/console/access';
import { RoomCreated, RoomCreateRequest } from '../../../shared/console/rooms';
import { STREETS, type StreetId } from '../../../shared/sites';
import { TEXT_MAX } from './text-fields';

/** Add a room (as `site add`): a street office only in its own street, the district anywhere. */
export function AddRoom() {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const own = session.account.scope.street;
  const [street, setStreet] = useState<StreetId>(own ?? 'xujiahui');
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.create'),
    request: RoomCreateRequest,
    answer: RoomCreated,
    siteId: null,
    done: t('rooms.added'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(
      { street, roomName: { 'zh-CN': name }, address: { 'zh-CN': address } },
      {
        onSuccess: () => {
          setName('');
          setAddress('');
        },
      },
    );
  };
  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="add-room-title">
      <h2 id="add-room-title">{t('rooms.add')}</h2>
      {own === null ? (
        <label className="field">
          <span>{t('column.street')}</span>
          <select
            value={street}
            onChange={(e) => setStreet(e.target.value as StreetId)}
            data-testid="room-street"
          >
            {STREETS.map((s) => (
              <option key={s.id} value={s.id}>
                {streetName(i18n.language, s.id)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p>{t('rooms.inStreet', { street: streetName(i18n.language, own) })}</p>
      )}
      <label className="field">
        <span>{t('rooms.nameZh')}</span>
        <input
          value={name}
          maxLength={TEXT_MAX}
          onChange={(e) => setName(e.target.value)}
          data-testid="room-name"
        />
      </label>
      <label className="field">
        <span>{t('rooms.addressZh')}</span>
        <input
          value={address}
          maxLength={TEXT_MAX}
          onChange={(e) => setAddress(e.target.value)}
          data-testid="room-address"
        />
      </label>
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending}
        data-testid="room-create"
      >
        {t('rooms.create')}
      </button>
    </form>
  );
}
