import { create } from '../../state/create-store';
import type { CaseList } from '../../../shared/cases/lists';
import { UNENROLLED_DEVICE } from '../../../shared/cases/fields';

/** The follow-up lists, plus the group-session schedule (联合咨询安排). */
export type DeskList = CaseList | 'groupSessions';

/** Which part of desk mode shows. */
export type DeskView =
  | { name: 'queue' }
  /** 首问登记 for a kiosk ticket (its intake id) or a walk-in (null). */
  | { name: 'register'; intakeId: string | null }
  | { name: 'case'; caseId: string }
  | { name: 'lists'; list: DeskList }
  | { name: 'search' };

export interface DeskVolunteer {
  id: string;
  name: string;
}

/** The rating the volunteer handed to the resident: for which case, handed over by whom. */
export interface PendingRating {
  caseId: string;
  volunteerId: string;
}

interface DeskState {
  /** Who unlocked the desk; null means locked. Lives in memory only: a reload locks the desk. */
  volunteer: DeskVolunteer | null;
  deviceId: string;
  view: DeskView;
  rating: PendingRating | null;
}

interface DeskActions {
  /** Open the desk for a volunteer, at `view` (where their kept draft was) or the queue. */
  unlocked: (volunteer: DeskVolunteer, view?: DeskView) => void;
  lock: () => void;
  show: (view: DeskView) => void;
  setDeviceId: (deviceId: string) => void;
  /** Lock the desk and keep only what the resident's rating screen needs. */
  handOver: (caseId: string) => void;
  ratingDone: () => void;
}

const QUEUE: DeskView = { name: 'queue' };

export const useDesk = create<DeskState & DeskActions>((set, get) => ({
  volunteer: null,
  deviceId: UNENROLLED_DEVICE,
  view: QUEUE,
  rating: null,
  unlocked: (volunteer, view = QUEUE) => set({ volunteer, view }),
  lock: () => set({ volunteer: null, view: QUEUE }),
  show: (view) => set({ view }),
  setDeviceId: (deviceId) => set({ deviceId }),
  handOver: (caseId) => {
    const volunteer = get().volunteer;
    if (!volunteer) return;
    set({ rating: { caseId, volunteerId: volunteer.id }, volunteer: null, view: QUEUE });
  },
  ratingDone: () => set({ rating: null }),
}));
