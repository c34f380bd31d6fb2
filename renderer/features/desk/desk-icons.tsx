import type { ReactNode } from 'react';
import { DrawnIcon, LineDrawing, isDrawnIcon, type DrawnIconName } from '../../ui/drawn-icons';

/** A face: the head, `lines` (mouth, brows, laughing eyes), and dot eyes at `eyesAt` (or none). */
function face(lines: string, eyesAt: number | null = 19): ReactNode {
  return (
    <>
      <circle cx="24" cy="24" r="20" />
      <path d={lines} />
      {eyesAt !== null && (
        <>
          <circle cx="17" cy={eyesAt} r="1.5" />
          <circle cx="31" cy={eyesAt} r="1.5" />
        </>
      )}
    </>
  );
}

/**
 * The desk's symbols, drawn like the resident screens' (renderer/ui/drawn-icons.tsx) instead of
 * colour emoji, which a kiosk without an emoji font shows as empty boxes. Kept here, not in the
 * shared set, so they load with desk mode and never with Home. 48 x 48 grid.
 */
const DESK_DRAWINGS = {
  queue: (
    <>
      <path d="M17 12h24M17 24h24M17 36h24" />
      <circle cx="8" cy="12" r="2.5" />
      <circle cx="8" cy="24" r="2.5" />
      <circle cx="8" cy="36" r="2.5" />
    </>
  ),
  clock: (
    <>
      <circle cx="24" cy="24" r="18" />
      <path d="M24 13v11l8 5" />
    </>
  ),
  overdue: (
    <>
      <circle cx="24" cy="27" r="16" />
      <path d="M24 18v9l6 4M7 11l6-6M41 11l-6-6" />
    </>
  ),
  search: (
    <>
      <circle cx="20" cy="20" r="13" />
      <path d="m30 30 13 13" />
    </>
  ),
  plus: <path d="M24 8v32M8 24h32" />,
  lock: (
    <>
      <rect x="9" y="21" width="30" height="22" rx="3" />
      <path d="M15 21v-6a9 9 0 0 1 18 0v6M24 30v5" />
    </>
  ),
  back: <path d="M40 24H9M20 12 8 24l12 12" />,
  check: <path d="m8 25 11 11L40 13" />,
  forward: <path d="M8 24h31M28 12l12 12-12 12" />,
  warning: (
    <>
      <path d="M24 5 44 41H4z" />
      <path d="M24 18v11M24 35v0" />
    </>
  ),
  star: (
    <path d="m24 5 5.6 12.2 13.4 1.5-10 9 2.8 13.2L24 34.2 12.2 40.9 15 27.7l-10-9 13.4-1.5z" />
  ),
  scales: (
    <>
      <path d="M24 6v36M14 42h20M8 12h32" />
      <path d="M8 12 3 26h10zM40 12l-5 14h10zM3 26a5 5 0 0 0 10 0M35 26a5 5 0 0 0 10 0" />
    </>
  ),
  megaphone: (
    <>
      <path d="M6 19h7l20-10v30L13 29H6z" />
      <path d="m13 29 3 11h6l-2-10M40 19v10" />
    </>
  ),
  people: (
    <>
      <circle cx="17" cy="15" r="6" />
      <circle cx="33" cy="17" r="5" />
      <path d="M5 40a12 12 0 0 1 24 0M31 40h12a10 10 0 0 0-14-9" />
    </>
  ),
  sync: (
    <>
      <path d="M40 20A17 17 0 0 0 9 15M8 28a17 17 0 0 0 31 5" />
      <path d="M9 6v9h9M39 42v-9h-9" />
    </>
  ),
  phone: (
    <>
      <rect x="14" y="4" width="20" height="40" rx="4" />
      <path d="M21 37h6" />
    </>
  ),
  reopen: (
    <>
      <path d="M18 10 8 20l10 10" />
      <path d="M8 20h20a10 10 0 0 1 0 20h-8" />
    </>
  ),
  // The rating's five faces: one head, the mouth (and the eyes) say how it went.
  face1: face('M14 15l6 3M34 15l-6 3M15 36q9-9 18 0', 22),
  face2: face('M16 34q8-6 16 0'),
  face3: face('M16 31h16'),
  face4: face('M16 29q8 7 16 0'),
  face5: face('M14 27h20q-3 11-10 11t-10-11zM14 19q3-4 6 0M28 19q3-4 6 0', null),
} satisfies Record<string, ReactNode>;

/** The desk's drawings and the shared ones (`house`, `contract`, ...). */
export type DeskIconName = keyof typeof DESK_DRAWINGS | DrawnIconName;

/** A drawn symbol beside words: hidden from screen readers, never the only signal (like ui/Icon). */
export function DeskIcon({ name, className }: { name: DeskIconName; className?: string }) {
  return (
    <span className={className ?? 'icon'} aria-hidden="true">
      {isDrawnIcon(name) ? (
        <DrawnIcon name={name} />
      ) : (
        <LineDrawing name={name}>{DESK_DRAWINGS[name]}</LineDrawing>
      )}{' '}
    </span>
  );
}
