import { create } from '../../state/create-store';
import type { PromptKey } from '../../../shared/catalogue/ids';
import type { Catalogue } from '../../../shared/catalogue/schema';
import type { Intake } from '../../../shared/records/intake';
import type { ContactInput } from '../../../shared/records/build-intake';
import {
  answerQuestion,
  currentQuestion,
  goBack,
  startFlow,
  type FlowState,
} from '../../../shared/intake/flow';
import type { SaveError } from '../../db/save-errors';

export type Screen =
  | 'home'
  | 'questions'
  | 'result'
  | 'consent'
  | 'contact'
  | 'ticket'
  | 'suggestion'
  | 'suggestionThanks'
  /** Front-desk mode for volunteers (renderer/features/desk), and the resident's rating. */
  | 'desk'
  | 'satisfaction'
  /** The first-run wizard and technician mode (renderer/features/setup, technician). */
  | 'setup'
  | 'technician';

export type Hardship = 'yes' | 'no' | 'unsure';

export const EMPTY_CONTACT: ContactInput = {
  surname: '',
  salutation: null,
  phone: '',
  homeVisitReason: null,
  focusGroups: [],
};

/**
 * Everything one resident has entered. It lives in memory only until the intake is saved, so
 * `reset()` (Start over, or the idle reset when someone walks away) wipes it completely: nothing
 * unfinished was ever written to storage.
 */
export interface SessionState {
  screen: Screen;
  flow: FlowState | null;
  hardship: Hardship | null;
  consentGeneral: boolean | null;
  consentSensitive: boolean | null;
  contact: ContactInput;
  saved: Intake | null;
  saveError: SaveError | null;
  saving: boolean;
}

interface SessionActions {
  choosePrompt: (prompt: PromptKey) => void;
  answer: (catalogue: Catalogue, optionId: string) => void;
  /** Back one step: from the first question, back to Home. */
  back: () => void;
  goTo: (screen: Screen) => void;
  setHardship: (h: Hardship) => void;
  setConsent: (general: boolean, sensitive: boolean | null) => void;
  updateContact: (patch: Partial<ContactInput>) => void;
  saveStarted: () => void;
  saveFinished: (result: { ok: true; value: Intake } | { ok: false; error: SaveError }) => void;
  reset: () => void;
}

const INITIAL: SessionState = {
  screen: 'home',
  flow: null,
  hardship: null,
  consentGeneral: null,
  consentSensitive: null,
  contact: EMPTY_CONTACT,
  saved: null,
  saveError: null,
  saving: false,
};

export const useSession = create<SessionState & SessionActions>((set, get) => ({
  ...INITIAL,
  choosePrompt: (prompt) => set({ ...INITIAL, screen: 'questions', flow: startFlow(prompt) }),
  answer: (catalogue, optionId) => {
    const { flow } = get();
    if (!flow) return;
    const next = answerQuestion(catalogue, flow, optionId);
    set({ flow: next, screen: currentQuestion(catalogue, next) ? 'questions' : 'result' });
  },
  back: () => {
    const { screen, flow } = get();
    if (screen === 'result' || screen === 'questions') {
      if (!flow || flow.answers.length === 0) return set({ ...INITIAL });
      return set({ flow: goBack(flow), screen: 'questions', hardship: null });
    }
    if (screen === 'consent') return set({ screen: 'result' });
    if (screen === 'contact') return set({ screen: 'consent' });
    return set({ ...INITIAL });
  },
  goTo: (screen) => set({ screen }),
  setHardship: (hardship) => set({ hardship }),
  setConsent: (general, sensitive) =>
    set({ consentGeneral: general, consentSensitive: general ? sensitive : null }),
  updateContact: (patch) => set((s) => ({ contact: { ...s.contact, ...patch } })),
  saveStarted: () => set({ saving: true, saveError: null }),
  saveFinished: (result) =>
    set(
      result.ok
        ? { saving: false, saved: result.value, screen: 'ticket', saveError: null }
        : { saving: false, saveError: result.error },
    ),
  reset: () => set({ ...INITIAL }),
}));
