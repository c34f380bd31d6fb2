import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseExists } from '../../db/databases';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { openDeviceDb, type DeviceDb } from '../../db/device-db';
import { saveIntake } from '../../db/records';
import { intakeDraft } from '../../../tests/fixtures/intake-draft';
import { factoryReset, factoryResetRefusal, FactoryResetRefused } from './factory-reset';

describe('factoryResetRefusal', () => {
  it('needs the typed word, in either language', () => {
    expect(factoryResetRefusal({ typed: '', unsynced: 0, override: false })).toBe('confirmation');
    expect(factoryResetRefusal({ typed: 'reset please', unsynced: 0, override: false })).toBe(
      'confirmation',
    );
    expect(factoryResetRefusal({ typed: '重置', unsynced: 0, override: false })).toBeNull();
    expect(factoryResetRefusal({ typed: ' reset ', unsynced: 0, override: false })).toBeNull();
  });

  it('refuses while records are unsynced, unless overridden', () => {
    expect(factoryResetRefusal({ typed: 'RESET', unsynced: 3, override: false })).toBe('unsynced');
    expect(factoryResetRefusal({ typed: 'RESET', unsynced: 3, override: true })).toBeNull();
  });

  it('asks for the word even with the override ticked', () => {
    expect(factoryResetRefusal({ typed: 'RESE', unsynced: 3, override: true })).toBe(
      'confirmation',
    );
  });
});

describe('factoryReset', () => {
  let records: RecordsDb;
  let content: ContentDb;
  let device: DeviceDb;
  let n = 0;
  let credentialCleared = false;
  const names = () => ({ records: `reset-records-${n}`, content: `reset-content-${n}` });
  beforeEach(() => {
    n += 1;
    records = openRecordsDb(names().records);
    content = openContentDb(names().content);
    device = openDeviceDb(`reset-device-${n}`);
    credentialCleared = false;
  });
  afterEach(async () => {
    await records.delete();
    await content.delete();
    await device.delete();
  });
  const deps = () => ({
    records,
    content,
    device,
    clearCredential: () => {
      credentialCleared = true;
      return Promise.resolve({ ok: true });
    },
  });

  it('keeps everything when refused because of an unsynced record', async () => {
    await saveIntake(records, intakeDraft(), new Date(2026, 10, 29, 9));
    await content.content.put({ key: 'hub:site', value: {}, updatedAt: 'x' });
    await expect(factoryReset(deps(), 'RESET', false)).rejects.toEqual(
      new FactoryResetRefused('unsynced'),
    );
    expect(credentialCleared).toBe(false);
    expect(await records.records.count()).toBe(1);
    expect(await content.content.count()).toBe(1);
  });

  it('wipes both databases, the technician PIN and the credential with the override', async () => {
    await saveIntake(records, intakeDraft(), new Date(2026, 10, 29, 9));
    await content.content.put({ key: 'hub:site', value: {}, updatedAt: 'x' });
    await device.kept.put({ key: 'local:technicianPin', value: {} });
    await factoryReset(deps(), '重置', true);
    expect(credentialCleared).toBe(true);
    expect(await device.kept.count()).toBe(0);
    expect(await databaseExists(names().records)).toBe(false);
    expect(await databaseExists(names().content)).toBe(false);
  });
});
