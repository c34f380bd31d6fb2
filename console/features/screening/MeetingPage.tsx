import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { useSession } from '../../app/session';
import { ErrorRetry, FormStatus, Loading } from '../../ui/States';
import { formatTime, streetName } from '../../ui/format';
import { apiPath, canUse } from '../../../shared/console/access';
import { MeetingView } from '../../../shared/screening/meeting';
import { MeetingFigures } from './MeetingFigures';
import { OrdersSection } from './OrdersSection';
import { PetitionsSection } from './PetitionsSection';
import { PlanSection } from './PlanSection';
import { MeetingParams } from './params';

/** The screening meeting (主动排摸) of a street and month: figures, orders, petitions, plan, held. */
export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const params = MeetingParams.safeParse(useParams({ strict: false })).data;
  const street = params?.street ?? '';
  const month = params?.month ?? '';
  const { session } = useSession();
  const client = useQueryClient();
  const meeting = useQuery(queries.meeting(street, month));
  const [notes, setNotes] = useState('');
  const hold = useMutation({
    mutationFn: () =>
      api.post(apiPath('screening.hold', { street, month }), MeetingView, { notes }),
    onSuccess: (view) => {
      client.setQueryData(queries.meeting(street, month).queryKey, view);
      void client.invalidateQueries({ queryKey: ['screening-status'] });
    },
  });
  if (meeting.isPending) return <Loading />;
  if (meeting.error)
    return <ErrorRetry error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const view = meeting.data;
  const staff = canUse('screening.hold', session.account.role);
  return (
    <>
      <p>
        <Link to="/screening">{t('app.back')}</Link>
      </p>
      <h1>{t('screening.meeting.title', { street: streetName(i18n.language, street), month })}</h1>
      <p data-testid="meeting-held">
        {view.heldAt
          ? t('screening.heldAt', { at: formatTime(i18n.language, view.heldAt) })
          : t('screening.notHeld')}
      </p>
      <MeetingFigures meeting={view} />
      {staff && <OrdersSection street={street} month={month} />}
      {staff && <PetitionsSection meeting={view} />}
      {staff && <PlanSection meeting={view} />}
      {staff && (
        <section aria-labelledby="hold-title">
          <h2 id="hold-title">{t('screening.hold.title')}</h2>
          <label className="field">
            <span>{t('screening.hold.notes')}</span>
            <textarea
              maxLength={1000}
              value={notes}
              onChange={(e) => setNotes(e.target.value)}
              data-testid="hold-notes"
            />
          </label>
          <button
            type="button"
            className="button button--primary"
            disabled={hold.isPending}
            onClick={() => hold.mutate()}
            data-testid="hold"
          >
            {view.heldAt ? t('screening.hold.again') : t('screening.hold.button')}
          </button>
          <FormStatus error={hold.error} ok={hold.isSuccess ? t('screening.hold.done') : null} />
        </section>
      )}
    </>
  );
}
