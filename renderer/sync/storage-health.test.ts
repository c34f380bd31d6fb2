import { describe, expect, it } from 'vitest';
import { checkStorage, isLowSpace, requestPersistence } from './storage-health';

const MB = 1024 * 1024;

describe('storage health', () => {
  it('is low under 50 MB free or under 10% of the quota free', () => {
    expect(isLowSpace(0, 40 * MB)).toBe(true);
    expect(isLowSpace(960 * MB, 1000 * MB)).toBe(true);
    expect(isLowSpace(100 * MB, 1000 * MB)).toBe(false);
    expect(isLowSpace(9_000 * MB, 10_000 * MB)).toBe(false);
    expect(isLowSpace(9_100 * MB, 10_000 * MB)).toBe(true);
  });

  it('reads the estimate, and says nothing alarming when there is none', async () => {
    const full = { estimate: () => Promise.resolve({ usage: 990 * MB, quota: 1000 * MB }) };
    expect(await checkStorage(full, true)).toEqual({
      persisted: true,
      usage: 990 * MB,
      quota: 1000 * MB,
      lowSpace: true,
    });
    expect((await checkStorage(undefined, null)).lowSpace).toBe(false);
    const broken = { estimate: () => Promise.reject(new Error('no')) };
    expect((await checkStorage(broken, null)).lowSpace).toBe(false);
  });

  it('asks for persistence once and reports what the browser answered', async () => {
    let asked = 0;
    const storage = {
      estimate: () => Promise.resolve({}),
      persisted: () => Promise.resolve(false),
      persist: () => {
        asked += 1;
        return Promise.resolve(true);
      },
    };
    expect(await requestPersistence(storage)).toBe(true);
    expect(asked).toBe(1);
    expect(await requestPersistence(undefined)).toBeNull();
  });
});
