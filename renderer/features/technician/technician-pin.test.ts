import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { openDeviceDb, type DeviceDb } from '../../db/device-db';
import { hashPin, PIN_MIN_ITERATIONS } from '../../../shared/desk/pin';
import { LOCKOUT_MS } from '../../../shared/desk/lockout';
import {
  hasTechnicianPin,
  saveTechnicianPin,
  TECHNICIAN_PIN_KEY,
  tryTechnicianPin,
} from './technician-pin';

let records: RecordsDb;
let content: ContentDb;
let device: DeviceDb;
let n = 0;
beforeEach(() => {
  n += 1;
  records = openRecordsDb(`tpin-records-${n}`);
  content = openContentDb(`tpin-content-${n}`);
  device = openDeviceDb(`tpin-device-${n}`);
});
afterEach(async () => {
  await records.delete();
  await content.delete();
  await device.delete();
});

describe('technician PIN', () => {
  it('is stored only as a hash, in the device database, not the wipeable content', async () => {
    await saveTechnicianPin(device, '246810', PIN_MIN_ITERATIONS);
    expect(await hasTechnicianPin({ device, content })).toBe(true);
    expect(JSON.stringify(await device.kept.get(TECHNICIAN_PIN_KEY))).not.toContain('246810');
    await content.content.clear();
    expect(await hasTechnicianPin({ device, content })).toBe(true);
  });

  it('must be six digits', async () => {
    await expect(saveTechnicianPin(device, '1234')).rejects.toThrow(RangeError);
    expect(await hasTechnicianPin({ device, content })).toBe(false);
  });

  it('moves an older kiosk’s PIN out of the content database on first read, and it still unlocks', async () => {
    const value = await hashPin('135790', { iterations: PIN_MIN_ITERATIONS });
    await content.content.put({ key: TECHNICIAN_PIN_KEY, value, updatedAt: 'x' });
    expect(await tryTechnicianPin({ records, content, device }, '135790')).toEqual({
      kind: 'unlocked',
    });
    expect(await content.content.get(TECHNICIAN_PIN_KEY)).toBeUndefined();
    expect((await device.kept.get(TECHNICIAN_PIN_KEY))?.value).toEqual(value);
  });

  it('unlocks with the right PIN and locks for five minutes after five wrong ones', async () => {
    await saveTechnicianPin(device, '246810', PIN_MIN_ITERATIONS);
    let clock = 1_000_000;
    const now = () => clock;
    const dbs = { records, content, device };
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await tryTechnicianPin(dbs, '000000', now));
    expect(results.map((r) => r.kind)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked']);
    // Locked: even the right PIN is not checked.
    expect((await tryTechnicianPin(dbs, '246810', now)).kind).toBe('locked');
    clock += LOCKOUT_MS;
    expect(await tryTechnicianPin(dbs, '246810', now)).toEqual({ kind: 'unlocked' });
  });

  it('says so when no PIN was ever set', async () => {
    expect(await tryTechnicianPin({ records, content, device }, '123456')).toEqual({
      kind: 'noPin',
    });
  });
});
