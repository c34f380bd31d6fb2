import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../../app/kiosk-context';
import { useSession } from '../session/session-store';
import { importHubCases } from '../../db/cases';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import { useDesk, type DeskVolunteer, type DeskView } from './desk-store';
import { DeskIdleLock } from './DeskIdleLock';
import { QueueView } from './QueueView';
import { RegistrationForm } from './RegistrationForm';
import { CaseScreen } from './CaseScreen';
import { TrackingLists } from './TrackingLists';
import { CaseSearch } from './CaseSearch';

const TABS = [
  { name: 'queue', view: { name: 'queue' }, glyph: '☰' },
  { name: 'lists', view: { name: 'lists', list: 'awaitingTeams' }, glyph: '⏳' },
  { name: 'search', view: { name: 'search' }, glyph: '🔍' },
] as const satisfies readonly { name: DeskView['name']; view: DeskView; glyph: string }[];

/** The unlocked desk: who is on duty, the three places to work from, and how to leave. */
export function DeskShell({ volunteer }: { volunteer: DeskVolunteer }) {
  const { t } = useTranslation();
  const { records, content } = useKiosk();
  const view = useDesk((s) => s.view);
  const deviceId = useDesk((s) => s.deviceId);
  const show = useDesk((s) => s.show);

  // Fold in what the teams sent (stored by the pull) before the lists are read.
  useEffect(() => {
    void importHubCases(records, content).catch(() => undefined);
  }, [records, content]);

  return (
    <div className="desk-shell">
      <header className="desk-bar">
        <p className="desk-bar__who" data-testid="desk-volunteer">
          {t('desk.onDuty', { name: volunteer.name })}
          <span className="desk-bar__device">{t('desk.device', { device: deviceId })}</span>
        </p>
        <nav className="desk-tabs" aria-label={t('desk.navLabel')}>
          {TABS.map((tab) => (
            <BigButton
              key={tab.name}
              pressed={view.name === tab.name}
              onClick={() => show(tab.view)}
              data-testid={`desk-tab-${tab.name}`}
            >
              <Icon glyph={tab.glyph} />
              {t(`desk.tab.${tab.name}`)}
            </BigButton>
          ))}
          <BigButton
            onClick={() => show({ name: 'register', intakeId: null })}
            data-testid="desk-walk-in"
          >
            <Icon glyph="＋" />
            {t('desk.walkIn')}
          </BigButton>
        </nav>
        <div className="desk-bar__leave">
          <BigButton
            variant="quiet"
            onClick={() => useDesk.getState().lock()}
            data-testid="desk-lock"
          >
            <Icon glyph="🔒" />
            {t('desk.lockNow')}
          </BigButton>
          <BigButton
            variant="quiet"
            onClick={() => useSession.getState().reset()}
            data-testid="desk-exit"
          >
            <Icon glyph="←" />
            {t('desk.exit')}
          </BigButton>
        </div>
      </header>
      <DeskBody view={view} />
      <DeskIdleLock />
    </div>
  );
}

function DeskBody({ view }: { view: DeskView }) {
  switch (view.name) {
    case 'queue':
      return <QueueView />;
    case 'register':
      return <RegistrationForm key={view.intakeId ?? 'walk-in'} intakeId={view.intakeId} />;
    case 'case':
      return <CaseScreen key={view.caseId} caseId={view.caseId} />;
    case 'lists':
      return <TrackingLists list={view.list} />;
    case 'search':
      return <CaseSearch />;
  }
}
