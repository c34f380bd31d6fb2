import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { PinFields } from './PinFields';
import { apiPath } from '../../../shared/console/access';
import { PinResetRequest, RoomChanged } from '../../../shared/console/rooms';

/** A new PIN for a volunteer who forgot theirs (the old one cannot be read back: it is a hash). */
export function ResetPin({
  siteId,
  volunteerId,
  onClose,
}: {
  siteId: string;
  volunteerId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.volunteerPin', { siteId, volunteerId }),
    request: PinResetRequest,
    answer: RoomChanged,
    siteId,
    done: t('volunteers.resetDone'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { pin, pinAgain: again };
    setPin('');
    setAgain('');
    mutation.mutate(body);
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="reset-pin-title">
      <h3 id="reset-pin-title">{t('volunteers.resetTitle', { id: volunteerId })}</h3>
      <PinFields pin={pin} again={again} onPin={setPin} onAgain={setAgain} testId="reset" />
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending}
        data-testid="reset-save"
      >
        {t('volunteers.resetSave')}
      </button>{' '}
      <button type="button" className="button" onClick={onClose}>
        {t('app.close')}
      </button>
    </form>
  );
}
