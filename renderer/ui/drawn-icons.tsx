import type { ReactNode } from 'react';

/**
 * Line drawings for the resident's screens, in the text colour (so high-contrast mode applies).
 * They replace colour emoji there: an emoji needs the platform's colour-emoji font, which looks
 * different on every machine, may be missing on a Linux kiosk, and costs a font load before Home
 * can be painted. Drawn on a 48 x 48 grid.
 */
const DRAWINGS = {
  contract: (
    <>
      <path d="M12 4h18l8 8v32H12z" />
      <path d="M30 4v8h8M18 20h14M18 27h14M18 34h8" />
    </>
  ),
  house: (
    <>
      <path d="M5 23 24 7l19 16" />
      <path d="M11 19v23h26V19M20 42V30h8v12" />
    </>
  ),
  coins: (
    <>
      <rect x="4" y="12" width="40" height="24" rx="3" />
      <circle cx="24" cy="24" r="6" />
      <path d="M11 19v0M37 29v0" />
    </>
  ),
  talk: (
    <>
      <path d="M5 7h25v17H16l-6 6v-6H5z" />
      <path d="M35 17h8v17h-5v6l-6-6H19v-6" />
    </>
  ),
  family: (
    <>
      <circle cx="12" cy="10" r="5" />
      <circle cx="36" cy="10" r="5" />
      <circle cx="24" cy="24" r="3.5" />
      <path d="M5 42V24a7 7 0 0 1 14 0v18M29 42V24a7 7 0 0 1 14 0v18M19.5 42v-9a4.5 4.5 0 0 1 9 0v9" />
    </>
  ),
  scroll: (
    <>
      <path d="M14 8h24a4 4 0 0 1 0 8h-4v24a4 4 0 0 1-4 4H10a4 4 0 0 1 0-8h4z" />
      <path d="M14 8a4 4 0 0 0 0 8M20 22h8M20 29h8" />
    </>
  ),
  worker: (
    <>
      <path d="M8 30a16 16 0 0 1 32 0" />
      <path d="M4 30h40v6H4zM20 14v10M28 14v10" />
    </>
  ),
  mail: (
    <>
      <rect x="5" y="11" width="38" height="26" rx="3" />
      <path d="m6 13 18 14 18-14" />
    </>
  ),
  speaker: (
    <>
      <path d="M7 18h8l11-8v28l-11-8H7z" />
      <path d="M32 17a10 10 0 0 1 0 14M37 12a17 17 0 0 1 0 24" />
    </>
  ),
} satisfies Record<string, ReactNode>;

export type DrawnIconName = keyof typeof DRAWINGS;

export function isDrawnIcon(name: string): name is DrawnIconName {
  return Object.hasOwn(DRAWINGS, name);
}

/** A drawing the size of the surrounding text (1em), hidden from screen readers like Icon. */
export function DrawnIcon({ name, className }: { name: DrawnIconName; className?: string }) {
  return (
    <LineDrawing name={name} className={className}>
      {DRAWINGS[name]}
    </LineDrawing>
  );
}

/**
 * The frame every drawing shares (48 x 48 grid, strokes in the text colour): for sets of drawings
 * kept beside the screens that use them (e.g. the desk's, loaded only with desk mode).
 */
export function LineDrawing({
  name,
  className,
  children,
}: {
  name: string;
  className?: string | undefined;
  children: ReactNode;
}) {
  return (
    <svg
      className={className ?? 'drawn-icon'}
      viewBox="0 0 48 48"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={3}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      {children}
    </svg>
  );
}
