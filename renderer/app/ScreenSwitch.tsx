import { lazy, Suspense } from 'react';
import type { Screen } from '../features/session/session-store';
import { Home } from '../features/home/Home';
import { QuestionScreen } from '../features/intake/QuestionScreen';
import { ResultScreen } from '../features/intake/ResultScreen';
import { ConsentScreen } from '../features/intake/ConsentScreen';
import { ContactScreen } from '../features/intake/ContactScreen';
import { TicketScreen } from '../features/intake/TicketScreen';
import { SuggestionScreen, SuggestionThanks } from '../features/suggestion/SuggestionScreen';

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

export function ScreenSwitch({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'home':
      return <Home />;
    case 'questions':
      return <QuestionScreen />;
    case 'result':
      return <ResultScreen />;
    case 'consent':
      return <ConsentScreen />;
    case 'contact':
      return <ContactScreen />;
    case 'ticket':
      return <TicketScreen />;
    case 'suggestion':
      return <SuggestionScreen />;
    case 'suggestionThanks':
      return <SuggestionThanks />;
    case 'desk':
      return (
        <Suspense fallback={null}>
          <DeskMode />
        </Suspense>
      );
    case 'satisfaction':
      return (
        <Suspense fallback={null}>
          <SatisfactionScreen />
        </Suspense>
      );
    case 'setup':
      return (
        <Suspense fallback={null}>
          <SetupWizard />
        </Suspense>
      );
    case 'technician':
      return (
        <Suspense fallback={null}>
          <TechnicianMode />
        </Suspense>
      );
  }
}
