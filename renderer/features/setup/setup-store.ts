import { create } from '../../state/create-store';
import type { SiteFile } from '../../../shared/site-file';

/** The wizard's steps, in order. */
export const SETUP_STEPS = [
  'language',
  'hub',
  'code',
  'connection',
  'enroll',
  'pin',
  'settings',
] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

export interface SetupState {
  step: SetupStep;
  /** As typed (or prefilled from the boot config, or read from the site file). */
  hubUrl: string;
  code: string;
  deviceLabel: string | null;
  /** The printer named in the site file, shown to the technician. */
  printer: string | null;
  /**
   * The technician said "not our room": the wizard is back at the code, and the code was never
   * spent. Cleared as soon as another code is typed or read.
   */
  codeReturned: boolean;
}

interface SetupActions {
  begin: (start: { bootHubUrl: string; enrolled: boolean }) => void;
  next: () => void;
  back: () => void;
  goTo: (step: SetupStep) => void;
  setHubUrl: (hubUrl: string) => void;
  setCode: (code: string) => void;
  /** Everything the site file says at once; nothing changes for an invalid file. */
  applySiteFile: (file: SiteFile) => void;
  /** The room shown was not this kiosk's: back to the code, which the hub has not spent. */
  notOurRoom: () => void;
}

const INITIAL: SetupState = {
  step: 'language',
  hubUrl: '',
  code: '',
  deviceLabel: null,
  printer: null,
  codeReturned: false,
};

export function stepNumber(step: SetupStep): number {
  return SETUP_STEPS.indexOf(step) + 1;
}

function offset(step: SetupStep, by: 1 | -1): SetupStep {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + by] ?? step;
}

export const useSetup = create<SetupState & SetupActions>((set) => ({
  ...INITIAL,
  begin: ({ bootHubUrl, enrolled }) =>
    // Enrolled already (a restart between enrollment and the PIN): carry on with the PIN.
    set({ ...INITIAL, hubUrl: bootHubUrl, step: enrolled ? 'pin' : 'language' }),
  next: () => set((s) => ({ step: offset(s.step, 1) })),
  back: () => set((s) => ({ step: offset(s.step, -1) })),
  goTo: (step) => set({ step }),
  setHubUrl: (hubUrl) => set({ hubUrl }),
  setCode: (code) => set({ code, codeReturned: false }),
  applySiteFile: (file) =>
    set({
      hubUrl: file.hubUrl,
      code: file.enrollmentCode,
      deviceLabel: file.deviceLabel ?? null,
      printer: file.printer ?? null,
      codeReturned: false,
    }),
  notOurRoom: () => set({ step: 'code', code: '', codeReturned: true }),
}));
