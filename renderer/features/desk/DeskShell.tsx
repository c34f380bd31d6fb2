import { useTranslation } from 'react-i18next';
import { useSession } from '../session/session-store';
import { BigButton } from '../../ui/BigButton';
import { useDesk, type DeskVolunteer, type DeskView } from './desk-store';
import { leaveTo, lockKeepingDrafts, useDrafts } from './drafts';
import { DeskIcon, type DeskIconName } from './desk-icons';
import { DeskIdleLock } from './DeskIdleLock';
import { DeskSyncNow } from './DeskSyncNow';
import { LeaveDialog, RestoredNote } from './DraftNotes';
import { QueueView } from './QueueView';
import { RegistrationForm } from './RegistrationForm';
import { CaseScreen } from './CaseScreen';
import { TrackingLists } from './TrackingLists';
import { CaseSearch } from './CaseSearch';

const TABS = [
  { name: 'queue', view: { name: 'queue' }, icon: 'queue' },
  { name: 'lists', view: { name: 'lists', list: 'awaitingTeams' }, icon: 'clock' },
  { name: 'search', view: { name: 'search' }, icon: 'search' },
] as const satisfies readonly { name: DeskView['name']; view: DeskView; icon: DeskIconName }[];

/** The unlocked desk: who is on duty, the three places to work from, and how to leave. */
export function DeskShell({ volunteer }: { volunteer: DeskVolunteer }) {
  const { t } = useTranslation();
  const view = useDesk((s) => s.view);

  return (
    <div className="desk-shell">
      <header className="desk-bar">
        <p className="desk-bar__who" data-testid="desk-volunteer">
          {t('desk.onDuty', { name: volunteer.name })}
        </p>
        <nav className="desk-tabs" aria-label={t('desk.navLabel')}>
          {TABS.map((tab) => (
            <BigButton
              key={tab.name}
              pressed={view.name === tab.name}
              onClick={() => leaveTo(tab.view)}
              data-testid={`desk-tab-${tab.name}`}
            >
              <DeskIcon name={tab.icon} />
              {t(`desk.tab.${tab.name}`)}
            </BigButton>
          ))}
          <BigButton
            onClick={() => leaveTo({ name: 'register', intakeId: null })}
            data-testid="desk-walk-in"
          >
            <DeskIcon name="plus" />
            {t('desk.walkIn')}
          </BigButton>
        </nav>
        <div className="desk-bar__leave">
          <DeskSyncNow />
          <BigButton variant="quiet" onClick={() => lockKeepingDrafts()} data-testid="desk-lock">
            <DeskIcon name="lock" />
            {t('desk.lockNow')}
          </BigButton>
          <BigButton
            variant="quiet"
            onClick={() => useDrafts.getState().leave(() => useSession.getState().reset())}
            data-testid="desk-exit"
          >
            <DeskIcon name="back" />
            {t('desk.exit')}
          </BigButton>
        </div>
      </header>
      <RestoredNote />
      <DeskBody view={view} />
      <LeaveDialog />
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
