import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { roomQueries } from '../../api/queries';
import { Empty, ErrorRetry, FormStatus, Loading } from '../../ui/States';
import { formatTime } from '../../ui/format';
import { useRoomChange } from './use-room-change';
import { PinFields } from './PinFields';
import { ResetPin } from './ResetPin';
import { RoomAction } from './RoomAction';
import { apiPath } from '../../../shared/console/access';
import { RoomChanged, VolunteerAddRequest } from '../../../shared/console/rooms';

/** The room's desk volunteers (前台 志愿者): add, remove, give a new PIN. */
export function Volunteers({ siteId }: { siteId: string }) {
  const { t, i18n } = useTranslation();
  const list = useQuery(roomQueries.volunteers(siteId));
  const [resetting, setResetting] = useState<string | null>(null);
  return (
    <section className="panel" aria-labelledby="volunteers-title" data-testid="volunteers">
      <h2 id="volunteers-title">{t('volunteers.title')}</h2>
      <p>{t('volunteers.lead')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorRetry error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.volunteers.length === 0 ? (
        <Empty text={t('volunteers.empty')} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('volunteers.caption', { count: list.data.volunteers.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('volunteers.id')}</th>
                <th scope="col">{t('volunteers.name')}</th>
                <th scope="col">{t('volunteers.state')}</th>
                <th scope="col">{t('volunteers.changed')}</th>
                <th scope="col">{t('volunteers.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.volunteers.map((v) => (
                <tr key={v.id} data-testid={`volunteer-${v.id}`}>
                  <td>{v.id}</td>
                  <td>{v.name}</td>
                  <td>{v.active ? t('volunteers.active') : t('volunteers.gone')}</td>
                  <td>{formatTime(i18n.language, v.updatedAt)}</td>
                  <td>
                    {v.active && (
                      <>
                        <button
                          type="button"
                          className="button button--small"
                          onClick={() => setResetting(v.id)}
                          aria-label={t('volunteers.resetFor', { name: v.name })}
                          data-testid={`volunteer-reset-${v.id}`}
                        >
                          {t('volunteers.reset')}
                        </button>{' '}
                        {/* The id stays taken after removal: case histories name it. */}
                        <RoomAction
                          siteId={siteId}
                          path={apiPath('rooms.volunteerRemove', { siteId, volunteerId: v.id })}
                          label={t('volunteers.remove')}
                          ariaLabel={t('volunteers.removeFor', { name: v.name })}
                          testId={`volunteer-remove-${v.id}`}
                        />
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {resetting && (
        <ResetPin
          key={resetting}
          siteId={siteId}
          volunteerId={resetting}
          onClose={() => setResetting(null)}
        />
      )}
      <AddVolunteer siteId={siteId} />
    </section>
  );
}

function AddVolunteer({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const { mutation, ok } = useRoomChange({
    path: () => apiPath('rooms.volunteerAdd', { siteId }),
    request: VolunteerAddRequest,
    answer: RoomChanged,
    siteId,
    done: t('volunteers.added'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { id: id.trim(), name, pin, pinAgain: again };
    // The PIN leaves the form now, whatever happens next: it is never shown again.
    setPin('');
    setAgain('');
    mutation.mutate(body, {
      onSuccess: () => {
        setId('');
        setName('');
      },
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-labelledby="volunteer-add-title">
      <h3 id="volunteer-add-title">{t('volunteers.add')}</h3>
      <label className="field">
        <span>{t('volunteers.id')}</span>
        <input
          value={id}
          maxLength={40}
          onChange={(e) => setId(e.target.value)}
          aria-describedby="volunteer-id-hint"
          data-testid="volunteer-id"
        />
      </label>
      <p id="volunteer-id-hint" className="hint">
        {t('volunteers.idHint')}
      </p>
      <label className="field">
        <span>{t('volunteers.name')}</span>
        <input
          value={name}
          maxLength={40}
          onChange={(e) => setName(e.target.value)}
          data-testid="volunteer-name"
        />
      </label>
      <PinFields pin={pin} again={again} onPin={setPin} onAgain={setAgain} testId="volunteer" />
      <FormStatus error={mutation.error} ok={ok} />
      <button
        type="submit"
        className="button button--primary"
        disabled={mutation.isPending}
        data-testid="volunteer-add"
      >
        {t('volunteers.addSave')}
      </button>
    </form>
  );
}
