import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FormStatus } from '../../ui/States';
import { useRoomChange } from './use-room-change';
import { RoomChanged } from '../../../shared/console/rooms';

/**
 * A one-press change to a room with no form (remove a volunteer, revoke a code or a kiosk): a
 * small button named for what it acts on, and the refusal beside it if the hub says no.
 */
export function RoomAction({
  siteId,
  path,
  label,
  ariaLabel,
  testId,
}: {
  siteId: string;
  path: string;
  label: string;
  ariaLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const { mutation } = useRoomChange({
    path: () => path,
    request: z.strictObject({}),
    answer: RoomChanged,
    siteId,
    done: t('rooms.saved'),
  });
  return (
    <>
      <button
        type="button"
        className="button button--small"
        disabled={mutation.isPending}
        onClick={() => mutation.mutate({})}
        aria-label={ariaLabel}
        data-testid={testId}
      >
        {label}
      </button>
      {mutation.error ? <FormStatus error={mutation.error} ok={null} /> : null}
    </>
  );
}
