import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { roomQueries } from '../../api/queries';
import { Empty, ErrorRetry, FormStatus, Loading } from '../../ui/States';
import { formatTime } from '../../ui/format';
import { useRoomChange } from './use-room-change';
import { CodeQr } from './CodeQr';
import { RoomAction } from './RoomAction';
import { apiPath } from '../../../shared/console/access';
import {
  CodeIssued,
  CodeIssueRequest,
  type CodeView,
  type DeviceView,
} from '../../../shared/console/rooms';

const HOURS = [1, 24, 72, 168] as const;

/** Enrollment codes (issue with an expiry, show as text and QR, revoke) and the room's kiosks. */
export function Devices({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const list = useQuery(roomQueries.devices(siteId));
  const [hours, setHours] = useState<number>(24);
  const issue = useRoomChange({
    path: () => apiPath('rooms.codeIssue', { siteId }),
    request: CodeIssueRequest,
    answer: CodeIssued,
    siteId,
    done: t('codes.issued'),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    issue.mutation.mutate({ hours });
  };
  return (
    <section className="panel" aria-labelledby="devices-title" data-testid="devices">
      <h2 id="devices-title">{t('codes.title')}</h2>
      <p>{t('codes.lead')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <label className="field">
          <span>{t('codes.valid')}</span>
          <select
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
            data-testid="code-hours"
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {t('codes.hours', { count: h })}
              </option>
            ))}
          </select>
        </label>
        <FormStatus error={issue.mutation.error} ok={issue.ok} />
        <button
          type="submit"
          className="button button--primary"
          disabled={issue.mutation.isPending}
          data-testid="code-issue"
        >
          {t('codes.issue')}
        </button>
      </form>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorRetry error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <h3>{t('codes.pending')}</h3>
          {list.data.codes.length === 0 ? (
            <Empty text={t('codes.none')} />
          ) : (
            <ul className="codes">
              {list.data.codes.map((c) => (
                <PendingCode key={c.code} siteId={siteId} code={c} />
              ))}
            </ul>
          )}
          <h3>{t('devices.title')}</h3>
          {list.data.devices.length === 0 ? (
            <Empty text={t('devices.none')} />
          ) : (
            <DeviceTable siteId={siteId} devices={list.data.devices} />
          )}
        </>
      )}
    </section>
  );
}

function PendingCode({ siteId, code }: { siteId: string; code: CodeView }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="code" data-testid={`code-${code.code}`}>
      <CodeQr code={code.code} />
      <div>
        <p className="code__text">{code.code}</p>
        <p>
          {code.expiresAt
            ? t('codes.until', { time: formatTime(i18n.language, code.expiresAt) })
            : t('codes.demo')}
        </p>
        <RoomAction
          siteId={siteId}
          path={apiPath('rooms.codeRevoke', { siteId, code: code.code })}
          label={t('codes.revoke')}
          ariaLabel={t('codes.revokeFor', { code: code.code })}
          testId={`code-revoke-${code.code}`}
        />
      </div>
    </li>
  );
}

function offset(ms: number | null): string {
  if (ms === null) return '–';
  const s = ms / 1000;
  return `${s >= 0 ? '+' : ''}${s.toFixed(1)} s`;
}

function DeviceTable({ siteId, devices }: { siteId: string; devices: DeviceView[] }) {
  const { t, i18n } = useTranslation();
  const time = (iso: string | null) => (iso ? formatTime(i18n.language, iso) : t('devices.never'));
  return (
    <div className="table-wrap">
      <table className="table" data-testid="devices-table">
        <caption>{t('devices.caption', { count: devices.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('devices.kiosk')}</th>
            <th scope="col">{t('devices.lastSeen')}</th>
            <th scope="col">{t('devices.pending')}</th>
            <th scope="col">{t('devices.received')}</th>
            <th scope="col">{t('devices.offset')}</th>
            <th scope="col">{t('devices.versions')}</th>
            <th scope="col">{t('devices.state')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.map((d) => (
            <tr key={d.id} data-testid={`device-${d.id}`}>
              <td>
                {d.label ?? d.id}
                <br />
                <small>{d.id}</small>
              </td>
              <td>{time(d.lastSeen)}</td>
              <td>{d.pendingRecords ?? '–'}</td>
              <td>{d.recordsReceived}</td>
              <td>{offset(d.clockOffsetMs)}</td>
              <td>
                {t('devices.app', { version: d.appVersion ?? '–' })}
                <br />
                {t('devices.renderer', { version: d.rendererVersion ?? '–' })}
              </td>
              <td>
                {d.revokedAt ? (
                  t('devices.revokedAt', { time: time(d.revokedAt) })
                ) : (
                  <>
                    {t('devices.active')}{' '}
                    <RoomAction
                      siteId={siteId}
                      path={apiPath('rooms.deviceRevoke', { siteId, deviceId: d.id })}
                      label={t('devices.revoke')}
                      ariaLabel={t('devices.revokeFor', { kiosk: d.label ?? d.id })}
                      testId={`device-revoke-${d.id}`}
                    />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
