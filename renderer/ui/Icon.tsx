import { DrawnIcon, type DrawnIconName } from './drawn-icons';

/**
 * A decorative symbol beside words: hidden from screen readers, never the only signal. Either a
 * text glyph (arrows, ⌫) or, on the resident's screens, one of the drawings in drawn-icons.tsx.
 */
export function Icon(props: { glyph: string } | { drawn: DrawnIconName }) {
  return (
    <span className="icon" aria-hidden="true">
      {'drawn' in props ? <DrawnIcon name={props.drawn} /> : props.glyph}{' '}
    </span>
  );
}
