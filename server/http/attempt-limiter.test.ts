import { describe, expect, it } from 'vitest';
import { AttemptLimiter } from './attempt-limiter';

describe('AttemptLimiter', () => {
  it('blocks an address after max failures and lets it in again once they age out', () => {
    const clock = { ms: 0 };
    const limiter = new AttemptLimiter(3, 60_000, () => clock.ms);
    for (let i = 0; i < 3; i++) {
      expect(limiter.blocked('10.0.0.1')).toBe(false);
      limiter.fail('10.0.0.1');
      clock.ms += 1000;
    }
    expect(limiter.blocked('10.0.0.1')).toBe(true);
    expect(limiter.blocked('10.0.0.2')).toBe(false);
    clock.ms = 60_500; // the first failure (t=0) has aged out
    expect(limiter.blocked('10.0.0.1')).toBe(false);
  });
});
