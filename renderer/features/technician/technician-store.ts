import { create } from '../../state/create-store';

export type TechnicianView = 'status' | 'reEnroll' | 'reset';

interface TechnicianState {
  /** Memory only: a reload, Exit or the idle timeout locks technician mode again. */
  unlocked: boolean;
  view: TechnicianView;
  unlock: () => void;
  lock: () => void;
  show: (view: TechnicianView) => void;
}

export const useTechnician = create<TechnicianState>((set) => ({
  unlocked: false,
  view: 'status',
  unlock: () => set({ unlocked: true, view: 'status' }),
  lock: () => set({ unlocked: false, view: 'status' }),
  show: (view) => set({ view }),
}));
