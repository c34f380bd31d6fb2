import { describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES } from '../../shared/sync/protocol';
import { fitToBody } from './push';

describe('fitToBody', () => {
  const item = (seq: number, chars: number) => ({
    seq,
    record: { text: '解'.repeat(chars) },
    kioskTime: '2026-11-29T10:00:00+08:00',
  });

  it('keeps a batch of long Chinese texts under the hub’s body limit (counted in UTF-8 bytes)', () => {
    const items = Array.from({ length: 500 }, (_, i) => item(i + 1, 1000));
    const fitted = fitToBody(items);
    const bytes = new TextEncoder().encode(
      JSON.stringify({ batch: fitted, kioskTime: 'x' }),
    ).length;
    expect(fitted.length).toBeGreaterThan(100);
    expect(fitted.length).toBeLessThan(500);
    expect(bytes).toBeLessThan(BODY_LIMIT_BYTES);
    expect(fitted.map((f) => f.seq)).toEqual(items.slice(0, fitted.length).map((f) => f.seq));
  });

  it('always sends at least one item, so the outbox never stalls', () => {
    expect(fitToBody([item(1, 400_000)])).toHaveLength(1);
  });
});
