import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../db/live';
import { useKiosk } from '../../app/kiosk-context';
import { pendingCount } from '../../db/records';
import { quarantineCount } from '../../sync/outbox';
import { clockNeedsAttention, offsetMinutes } from '../../sync/clock-offset';
import { Icon } from '../../ui/Icon';
import { useSyncStatus } from './sync-status-store';
import { ago, statusKind, type StatusKind } from './sync-status-line';
import './sync-status.css';

const GLYPH: Record<StatusKind, string> = {
  synced: '✓',
  connecting: '↻',
  offline: '⏸',
  notEnrolled: '⏸',
  reenroll: '⚠',
  badCode: '⚠',
  problem: '⚠',
};

/** Re-render now and then so "3 minutes ago" stays true. */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(id);
  }, [everyMs]);
  return now;
}

/**
 * One discreet line at the foot of every screen: is what was entered here safely with the hub,
 * and if not, is it at least safe on this kiosk. Said in words and a symbol, never by colour alone.
 */
export function SyncStatusLine() {
  const { t, i18n } = useTranslation();
  const { records } = useKiosk();
  const status = useSyncStatus();
  // Undefined until the count has loaded: after a power cut with hundreds waiting, a "0" shown
  // for the first moments would tell staff everything was sent. Say "counting" instead.
  const counted = useLiveQuery(() => pendingCount(records), [records]);
  const pending = counted === undefined ? t('sync.counting') : counted;
  const quarantined = useLiveQuery(() => quarantineCount(records), [records]) ?? 0;
  const now = useNow(30_000);
  const kind = statusKind(status.lastError, status.lastSuccessAt);

  const since = ago(now - (status.lastSuccessAt ?? now));
  const when =
    since.unit === 'now'
      ? t('sync.justNow')
      : new Intl.RelativeTimeFormat(i18n.language, { numeric: 'always' }).format(
          -since.value,
          since.unit,
        );

  const main = (() => {
    switch (kind) {
      case 'synced':
        return t('sync.synced', { when, pending });
      case 'connecting':
        return t('sync.connecting', { pending });
      case 'offline':
        return t('sync.offline', { pending });
      case 'notEnrolled':
        return t('sync.notEnrolled', { pending });
      case 'reenroll':
        return t('sync.reenroll', { pending });
      case 'badCode':
        return t('sync.badCode', { pending });
      case 'problem':
        return t('sync.problem', { pending });
    }
  })();
  const extras = [
    quarantined > 0 && t('sync.quarantined', { n: quarantined }),
    clockNeedsAttention(status.clockOffsetMs) &&
      t('sync.clockOff', { minutes: offsetMinutes(status.clockOffsetMs ?? 0) }),
    status.storage?.lowSpace && t('sync.storageLow'),
  ].filter((x): x is string => typeof x === 'string');
  const attention =
    kind === 'reenroll' || kind === 'badCode' || kind === 'problem' || extras.length > 0;

  return (
    <footer
      className={`sync-status${attention ? ' sync-status--attention' : ''}`}
      aria-label={t('sync.label')}
      data-testid="sync-status"
      data-state={kind}
      data-pending={counted ?? 'counting'}
      data-quarantined={quarantined}
    >
      <Icon glyph={attention ? '⚠' : GLYPH[kind]} />
      <span>{[main, ...extras].join(' · ')}</span>
    </footer>
  );
}
