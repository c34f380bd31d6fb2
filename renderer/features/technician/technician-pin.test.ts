import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { PIN_MIN_ITERATIONS } from '../../../shared/desk/pin';
import { LOCKOUT_MS } from '../../../shared/desk/lockout';
import {
  hasTechnicianPin,
  saveTechnicianPin,
  TECHNICIAN_PIN_KEY,
  tryTechnicianPin,
} from './technician-pin';

let records: RecordsDb;
let content: ContentDb;
let n = 0;
beforeEach(() => {
  n += 1;
  records = openRecordsDb(`tpin-records-${n}`);
  content = openContentDb(`tpin-content-${n}`);
});
afterEach(async () => {
  await records.delete();
  await content.delete();
});

describe('technician PIN', () => {
  it('is stored only as a hash', async () => {
    await saveTechnicianPin(content, '246810', new Date(), PIN_MIN_ITERATIONS);
    expect(await hasTechnicianPin(content)).toBe(true);
    expect(JSON.stringify(await content.content.get(TECHNICIAN_PIN_KEY))).not.toContain('246810');
  });

  it('must be six digits', async () => {
    await expect(saveTechnicianPin(content, '1234')).rejects.toThrow(RangeError);
    expect(await hasTechnicianPin(content)).toBe(false);
  });

  it('unlocks with the right PIN and locks for five minutes after five wrong ones', async () => {
    await saveTechnicianPin(content, '246810', new Date(), PIN_MIN_ITERATIONS);
    let clock = 1_000_000;
    const now = () => clock;
    const dbs = { records, content };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await tryTechnicianPin(dbs, '000000', now));
    expect(results.map((r) => r.kind)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
    // Locked: even the right PIN is not checked.
    expect((await tryTechnicianPin(dbs, '246810', now)).kind).toBe('locked');
    clock += LOCKOUT_MS;
    expect(await tryTechnicianPin(dbs, '246810', now)).toEqual({ kind: 'unlocked' });
  });

  it('says so when no PIN was ever set', async () => {
    expect(await tryTechnicianPin({ records, content }, '123456')).toEqual({ kind: 'noPin' });
  });
});
