import { describe, expect, it } from 'vitest';
import { createTapCounter, isTechnicianShortcut } from './tap-gesture';

describe('the hidden gesture', () => {
  it('opens on the fifth tap within three seconds', () => {
    const taps = createTapCounter();
    expect([0, 500, 1000, 1500, 2000].map((t) => taps.tap(t))).toEqual([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('does not open for slow taps', () => {
    const taps = createTapCounter();
    expect([0, 1000, 2000, 3000, 4000, 5000].some((t) => taps.tap(t))).toBe(false);
  });

  it('starts afresh after opening', () => {
    const taps = createTapCounter();
    for (const t of [0, 1, 2, 3, 4]) taps.tap(t);
    expect(taps.tap(5)).toBe(false);
  });

  it('knows Ctrl+Alt+T and nothing else', () => {
    expect(isTechnicianShortcut({ ctrlKey: true, altKey: true, key: 't', code: 'KeyT' })).toBe(
      true,
    );
    expect(isTechnicianShortcut({ ctrlKey: true, altKey: false, key: 't', code: 'KeyT' })).toBe(
      false,
    );
  });
});
