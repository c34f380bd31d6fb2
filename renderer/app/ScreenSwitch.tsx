import { lazy, Suspense, type ReactNode } from 'react';
import type { Screen } from '../features/session/session-store';
import { Home } from '../features/home/Home';
import { QuestionScreen } from '../features/intake/QuestionScreen';
import { ResultScreen } from '../features/intake/ResultScreen';
import { ConsentScreen } from '../features/intake/ConsentScreen';
import { ContactScreen } from '../features/intake/ContactScreen';
import { TicketScreen } from '../features/intake/TicketScreen';
import { SuggestionScreen, SuggestionThanks } from '../features/suggestion/SuggestionScreen';
import { Ready } from './Ready';

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
    <Ready needs="databases">
      <Suspense fallback={null}>{children}</Suspense>
    </Ready>
  );
}

/**
 * Home needs only the prompts' tiles, so it draws from the first download; the questions and the
 * result wait for the catalogue, every later screen for the databases too (see Ready).
 */
export function ScreenSwitch({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'home':
      return <Home />;
    case 'questions':
      return (
        <Ready needs="catalogue">
          <QuestionScreen />
        </Ready>
      );
    case 'result':
      return (
        <Ready needs="catalogue">
          <ResultScreen />
        </Ready>
      );
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
