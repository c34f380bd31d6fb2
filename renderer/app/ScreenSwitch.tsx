import type { Screen } from '../features/session/session-store';
import { Home } from '../features/home/Home';
import { QuestionScreen } from '../features/intake/QuestionScreen';
import { ResultScreen } from '../features/intake/ResultScreen';
import { ConsentScreen } from '../features/intake/ConsentScreen';
import { ContactScreen } from '../features/intake/ContactScreen';
import { TicketScreen } from '../features/intake/TicketScreen';
import { SuggestionScreen, SuggestionThanks } from '../features/suggestion/SuggestionScreen';

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
  }
}
