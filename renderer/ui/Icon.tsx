/** A decorative symbol beside words: hidden from screen readers, never the only signal. */
export function Icon({ glyph }: { glyph: string }) {
  return (
    <span className="icon" aria-hidden="true">
      {glyph}{' '}
    </span>
  );
}
