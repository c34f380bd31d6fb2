import { create } from '../../state/create-store';
import type { SiteFile } from '../../../shared/site-file';
import type { EnrollProblem } from './enroll-problem';

/**
 * The wizard's steps, in order. The language is chosen on the first step, beside the hub
 * address, and the connection step moves on by itself once the hub answers: fewer taps.
 */
export const SETUP_STEPS = ['hub', 'code', 'connection', 'enroll', 'pin', 'settings'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** What the technician typed or read, kept through a reload (setup-draft.ts): no personal data. */
export interface SetupFields {
  /** As typed (or prefilled from the boot config, or read from the site file). */
  hubUrl: string;
  code: string;
  /** The kiosk's short name in its room ("前台左"); '' until chosen. */
  deviceLabel: string;
  /** The printer named in the site file, shown to the technician. */
  printer: string | null;
}

export interface SetupState extends SetupFields {
  step: SetupStep;
  /**
   * The technician said "not our room": the wizard is back at the code, and the code was never
   * spent. Cleared as soon as another code is typed or read.
   */
  codeReturned: boolean;
  /** Why the hub refused the code, when the technician came back to correct it. */
  codeRefused: EnrollProblem | null;
}

interface SetupActions {
  begin: (start: {
    bootHubUrl: string;
    enrolled: boolean;
    /** What a reload interrupted (setup-draft.ts). */
    draft?: (Partial<SetupFields> & { step?: SetupStep }) | null;
  }) => void;
  next: () => void;
  back: () => void;
  goTo: (step: SetupStep) => void;
  setHubUrl: (hubUrl: string) => void;
  setCode: (code: string) => void;
  setDeviceLabel: (label: string) => void;
  /** Everything the site file says at once; nothing changes for an invalid file. */
  applySiteFile: (file: SiteFile) => void;
  /** The room shown was not this kiosk's: back to the code, which the hub has not spent. */
  notOurRoom: () => void;
  /** The hub refused the code: back to it, kept as typed so one wrong character can be fixed. */
  anotherCode: (problem: EnrollProblem) => void;
}

const INITIAL: SetupState = {
  step: 'hub',
  hubUrl: '',
  code: '',
  deviceLabel: '',
  printer: null,
  codeReturned: false,
  codeRefused: null,
};

export function stepNumber(step: SetupStep): number {
  return SETUP_STEPS.indexOf(step) + 1;
}

function offset(step: SetupStep, by: 1 | -1): SetupStep {
  return SETUP_STEPS[SETUP_STEPS.indexOf(step) + by] ?? step;
}

/**
 * Where a (re)started wizard opens. Enrolled already (a restart between enrollment and the PIN):
 * the PIN. Otherwise where the reload left it, but never past the room: nothing after it was
 * typed, and the room is asked for again (a lost enroll answer then finishes as the same device).
 */
export function resumeStep(saved: SetupStep | undefined, enrolled: boolean): SetupStep {
  if (enrolled) return 'pin';
  if (saved === undefined) return 'hub';
  return stepNumber(saved) > stepNumber('enroll') ? 'enroll' : saved;
}

export const useSetup = create<SetupState & SetupActions>((set) => ({
  ...INITIAL,
  begin: ({ bootHubUrl, enrolled, draft }) =>
    set({
      ...INITIAL,
      hubUrl: draft?.hubUrl || bootHubUrl,
      code: draft?.code ?? '',
      deviceLabel: draft?.deviceLabel ?? '',
      printer: draft?.printer ?? null,
      step: resumeStep(draft?.step, enrolled),
    }),
  next: () => set((s) => ({ step: offset(s.step, 1) })),
  back: () => set((s) => ({ step: offset(s.step, -1) })),
  goTo: (step) => set({ step }),
  setHubUrl: (hubUrl) => set({ hubUrl }),
  setCode: (code) => set({ code, codeReturned: false, codeRefused: null }),
  setDeviceLabel: (deviceLabel) => set({ deviceLabel }),
  applySiteFile: (file) =>
    set((s) => ({
      hubUrl: file.hubUrl,
      code: file.enrollmentCode,
      deviceLabel: file.deviceLabel ?? s.deviceLabel,
      printer: file.printer ?? null,
      codeReturned: false,
      codeRefused: null,
    })),
  notOurRoom: () => set({ step: 'code', code: '', codeReturned: true, codeRefused: null }),
  anotherCode: (problem) => set({ step: 'code', codeReturned: false, codeRefused: problem }),
}));
