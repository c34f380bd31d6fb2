import { describe, expect, it } from 'vitest';
import { pullWindow } from './pull-window';

describe('which changes of a pull page a database still needs', () => {
  it('applies everything above its own cursor', () => {
    expect(pullWindow(0, 0, 5)).toBe(0);
    expect(pullWindow(3, 0, 5)).toBe(3);
  });

  it('skips a page it already holds (the other database was behind, or another tab applied it)', () => {
    expect(pullWindow(5, 0, 5)).toBeNull();
    expect(pullWindow(9, 3, 5)).toBeNull();
  });

  it('starts again from 0 when the hub answered below the cursor asked for (hub replaced)', () => {
    expect(pullWindow(40, 40, 3)).toBe(0);
    expect(pullWindow(90, 40, 0)).toBe(0);
  });

  it('an empty page at the cursor asked for changes nothing', () => {
    expect(pullWindow(7, 7, 7)).toBeNull();
  });
});
