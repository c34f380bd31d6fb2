import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from 'react';
import { create } from '../../state/create-store';
import { localDay } from '../../../shared/records/ticket';
import { useDesk, type DeskView } from './desk-store';

/**
 * Half-filled desk forms (首问登记, an outcome, a report, a note). Typing is never thrown away
 * without a word:
 * - leaving a form with unsaved input (a tab, 取消, 回到居民页面) asks first (`leaveTo`);
 * - a lock (the idle lock or the Lock button) keeps the input for the volunteer who typed it
 *   (`lockKeepingDrafts`), and their next unlock on this kiosk brings it back where it was.
 * Kept in memory only, like a resident's unfinished intake: never written to storage, gone on a
 * reload, never shown to another volunteer, and wiped when the day ends (docs/privacy.md).
 */

export const DRAFT_FORMS = [
  'register',
  'walkIn',
  'solved',
  'route',
  'visit',
  'report',
  'note',
] as const;
export type DraftForm = (typeof DRAFT_FORMS)[number];

/** What a draft is, in words the warnings can say: "A-003 首问登记". */
export interface DraftWhat {
  form: DraftForm;
  ticket: string | null;
}

interface LiveForm {
  what: DraftWhat;
  value: unknown;
}

interface KeptDraft {
  day: string;
  view: DeskView;
  forms: Record<string, LiveForm>;
}

interface DraftsState {
  /** Forms on screen now whose input differs from how they opened, by form key. */
  live: Record<string, LiveForm>;
  /** Drafts kept through a lock, by volunteer id. */
  kept: Record<string, KeptDraft>;
  /**
   * Forms brought back by an unlock, read as they open; each is forgotten when its form closes
   * (saved or left), and the line saying what came back goes with the last.
   */
  restored: Record<string, LiveForm>;
  /** A navigation waiting for "discard?" to be answered. */
  leaving: (() => void) | null;
}

interface DraftsActions {
  setLive: (key: string, form: LiveForm | null) => void;
  /** A form closed: forget its live input and anything restored for it. */
  forget: (key: string) => void;
  keep: (volunteerId: string, view: DeskView, day: string) => void;
  /** Take this volunteer's kept draft (if any, and from today): the view to return to. */
  restore: (volunteerId: string, today: string) => DeskView | null;
  dropFor: (volunteerId: string) => void;
  /** Drop drafts kept on an earlier day. */
  sweep: (today: string) => void;
  leave: (go: () => void) => void;
  discardAndLeave: () => void;
  stay: () => void;
}

const EMPTY = { live: {}, restored: {}, leaving: null };

let dayEndTimer: ReturnType<typeof setTimeout> | undefined;
/** Wipe kept drafts at the next local midnight (a kiosk may stay on for days). */
function wipeAtDayEnd(): void {
  clearTimeout(dayEndTimer);
  const now = new Date();
  const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  dayEndTimer = setTimeout(
    () => useDrafts.getState().sweep(localDay(new Date())),
    midnight.getTime() - now.getTime() + 1000,
  );
}

export const useDrafts = create<DraftsState & DraftsActions>((set, get) => ({
  ...EMPTY,
  kept: {},
  setLive: (key, form) =>
    set((s) => {
      if (form) return { live: { ...s.live, [key]: form } };
      if (!(key in s.live)) return s;
      const { [key]: _gone, ...live } = s.live;
      return { live };
    }),
  forget: (key) =>
    set((s) => {
      if (!(key in s.live) && !(key in s.restored)) return s;
      const { [key]: _live, ...live } = s.live;
      const { [key]: _restored, ...restored } = s.restored;
      return { live, restored };
    }),
  keep: (volunteerId, view, day) => {
    const { live, kept } = get();
    if (Object.keys(live).length === 0) return;
    set({ ...EMPTY, kept: { ...kept, [volunteerId]: { day, view, forms: live } } });
    wipeAtDayEnd();
  },
  restore: (volunteerId, today) => {
    get().sweep(today);
    const draft = get().kept[volunteerId];
    if (!draft) return null;
    const { [volunteerId]: _taken, ...kept } = get().kept;
    set({ ...EMPTY, kept, restored: draft.forms });
    return draft.view;
  },
  dropFor: (volunteerId) =>
    set((s) => {
      const { [volunteerId]: _gone, ...kept } = s.kept;
      return { kept };
    }),
  sweep: (today) =>
    set((s) => ({
      kept: Object.fromEntries(Object.entries(s.kept).filter(([, d]) => d.day === today)),
    })),
  leave: (go) => {
    if (Object.keys(get().live).length === 0) go();
    else set({ leaving: go });
  },
  discardAndLeave: () => {
    const go = get().leaving;
    set({ ...EMPTY, kept: get().kept });
    go?.();
  },
  stay: () => set({ leaving: null }),
}));

/** Go to another desk view, asking first if that would throw typing away. */
export function leaveTo(view: DeskView): void {
  useDrafts.getState().leave(() => useDesk.getState().show(view));
}

/** Lock the desk (idle or by hand), keeping the volunteer's unsaved input for their next unlock. */
export function lockKeepingDrafts(now: Date = new Date()): void {
  const { volunteer, view, lock } = useDesk.getState();
  if (volunteer) useDrafts.getState().keep(volunteer.id, view, localDay(now));
  lock();
}

/** What is unsaved on screen now, for the idle warning and the leave question. */
export function useLiveDrafts(): DraftWhat[] {
  const live = useDrafts((s) => s.live);
  return useMemo(() => Object.values(live).map((f) => f.what), [live]);
}

/** What an unlock brought back and is still open, for the line that says so. */
export function useRestoredDrafts(): DraftWhat[] {
  const restored = useDrafts((s) => s.restored);
  return useMemo(() => Object.values(restored).map((f) => f.what), [restored]);
}

/** How many forms are open per draft key (one, but StrictMode mounts twice in development). */
const openForms = new Map<string, number>();

/**
 * A form's input, like `useState`, that the desk can keep through a lock and warn about before
 * discarding. `key` names the form and what it is for (`register:<intakeId>`); the input counts
 * as unsaved once it differs from `initial`. An unlock that restored this key opens with the kept
 * value instead.
 */
export function useDraft<T>(
  key: string,
  what: DraftWhat,
  initial: () => T,
): [T, Dispatch<SetStateAction<T>>] {
  const [start] = useState(initial);
  const [value, setValue] = useState<T>(
    () => (useDrafts.getState().restored[key]?.value as T | undefined) ?? start,
  );
  const dirty = useMemo(() => JSON.stringify(value) !== JSON.stringify(start), [value, start]);
  const { form, ticket } = what;
  useEffect(() => {
    useDrafts.getState().setLive(key, dirty ? { what: { form, ticket }, value } : null);
  }, [key, dirty, value, form, ticket]);
  useEffect(() => {
    openForms.set(key, (openForms.get(key) ?? 0) + 1);
    return () => {
      openForms.set(key, (openForms.get(key) ?? 1) - 1);
      // Forgotten once the form is really gone: StrictMode's unmount-and-mount in development
      // runs both halves in one go, before this check.
      queueMicrotask(() => {
        if (!openForms.get(key)) useDrafts.getState().forget(key);
      });
    };
  }, [key]);
  return [value, setValue];
}
