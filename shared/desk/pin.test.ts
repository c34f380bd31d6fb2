import { describe, expect, it } from 'vitest';
import { constantTimeEqual, hashPin, PIN_MIN_ITERATIONS, PinHash, verifyPin } from './pin';

describe('volunteer PINs', () => {
  it('stores a salted PBKDF2-SHA256 hash, never the PIN', async () => {
    const stored = await hashPin('2468');
    expect(PinHash.parse(stored)).toEqual(stored);
    expect(stored.iterations).toBeGreaterThanOrEqual(PIN_MIN_ITERATIONS);
    expect(JSON.stringify(stored)).not.toContain('2468');
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const stored = await hashPin('2468');
    expect(await verifyPin('2468', stored)).toBe(true);
    expect(await verifyPin('2469', stored)).toBe(false);
    expect(await verifyPin('24680', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('uses a fresh random salt each time: the same PIN hashes differently', async () => {
    const [a, b] = await Promise.all([hashPin('1357'), hashPin('1357')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('is repeatable for a given salt (a known answer)', async () => {
    const salt = new Uint8Array(16).fill(7);
    const a = await hashPin('1357', { salt, iterations: PIN_MIN_ITERATIONS });
    const b = await hashPin('1357', { salt, iterations: PIN_MIN_ITERATIONS });
    expect(a.hash).toBe(b.hash);
    expect(await verifyPin('1357', a)).toBe(true);
  });

  it('refuses weak settings and malformed PINs when hashing', async () => {
    await expect(hashPin('12')).rejects.toThrow(RangeError);
    await expect(hashPin('12ab')).rejects.toThrow(RangeError);
    await expect(hashPin('1234', { iterations: 1000 })).rejects.toThrow(RangeError);
    await expect(hashPin('1234', { salt: new Uint8Array(4) })).rejects.toThrow(RangeError);
  });

  it('never matches a damaged or weakened stored hash', async () => {
    const stored = await hashPin('2468');
    expect(await verifyPin('2468', { ...stored, iterations: 10 })).toBe(false);
    expect(await verifyPin('2468', { ...stored, hash: 'AAAA' })).toBe(false);
    expect(await verifyPin('2468', { ...stored, salt: '!!' })).toBe(false);
  });

  it('compares bytes in constant time, including unequal lengths', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
  });
});
