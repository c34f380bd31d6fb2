import { lazy, Suspense, type ReactNode } from 'react';
import type { Screen } from '../features/session/session-store';
import { Home } from '../features/home/Home';
import { QuestionScreen } from '../features/intake/QuestionScreen';
import { ResultScreen } from '../features/intake/ResultScreen';
import { ConsentScreen } from '../features/intake/ConsentScreen';
import { ContactScreen } from '../features/intake/ContactScreen';
import { TicketScreen } from '../features/intake/TicketScreen';
import { SuggestionScreen, SuggestionThanks } from '../features/suggestion/SuggestionScreen';
import { DbsReady } from './DbsReady';

// Desk mode is for volunteers only: loaded when first opened, so residents' first screen stays light.
const DeskMode = lazy(() =>
  import('../features/desk/DeskMode').then((m) => ({ default: m.DeskMode })),
);
const SatisfactionScreen = lazy(() =>
  import('../features/desk/SatisfactionScreen').then((m) => ({ default: m.SatisfactionScreen })),
);

// Staff screens, rarely shown: loaded only when opened.
const SetupWizard = lazy(() =>
  import('../features/setup/SetupWizard').then((m) => ({ default: m.SetupWizard })),
);
const TechnicianMode = lazy(() =>
  import('../features/technician/TechnicianMode').then((m) => ({ default: m.TechnicianMode })),
);

/** A screen that reads or writes the databases, or is loaded on demand. */
function Later({ children }: { children: ReactNode }) {
  return (
    <DbsReady>
      <Suspense fallback={null}>{children}</Suspense>
    </DbsReady>
  );
}

/**
 * Home, the questions and the result need only the catalogue, so they draw before IndexedDB is
 * open; every later screen waits for the databases (see DbsReady).
 */
export function ScreenSwitch({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'home':
      return <Home />;
    case 'questions':
      return <QuestionScreen />;
    case 'result':
      return <ResultScreen />;
    case 'consent':
      return (
        <Later>
          <ConsentScreen />
        </Later>
      );
    case 'contact':
      return (
        <Later>
          <ContactScreen />
        </Later>
      );
    case 'ticket':
      return (
        <Later>
          <TicketScreen />
        </Later>
      );
    case 'suggestion':
      return (
        <Later>
          <SuggestionScreen />
        </Later>
      );
    case 'suggestionThanks':
      return <SuggestionThanks />;
    case 'desk':
      return (
        <Later>
          <DeskMode />
        </Later>
      );
    case 'satisfaction':
      return (
        <Later>
          <SatisfactionScreen />
        </Later>
      );
    case 'setup':
      return (
        <Later>
          <SetupWizard />
        </Later>
      );
    case 'technician':
      return (
        <Later>
          <TechnicianMode />
        </Later>
      );
  }
}
