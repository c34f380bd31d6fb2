import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordsDb, type RecordsDb } from '../../db/records-db';
import { openContentDb, type ContentDb } from '../../db/content-db';
import { saveIntake, saveSuggestion } from '../../db/records';
import { applyAcks } from '../../sync/outbox';
import { intakeDraft } from '../../../tests/fixtures/intake-draft';
import { collectDiagnostics, maskReason, type DiagnosticInput } from './diagnostics';

let records: RecordsDb;
let content: ContentDb;
let n = 0;
beforeEach(() => {
  n += 1;
  records = openRecordsDb(`diag-records-${n}`);
  content = openContentDb(`diag-content-${n}`);
});
afterEach(async () => {
  await records.delete();
  await content.delete();
});

const at = new Date(2026, 10, 29, 9, 30);

function input(overrides: Partial<DiagnosticInput> = {}): DiagnosticInput {
  return {
    records,
    content,
    catalogueVersion: '2026.11.29',
    app: {
      shell: 'web',
      appVersion: '0.1.0',
      electronVersion: null,
      chromeVersion: '140.0',
      kioskBuild: false,
    },
    device: { deviceId: 'dev_abcdefghijklmnop', hubUrl: 'http://127.0.0.1:8787' },
    hub: { reachable: true, version: '0.1.0' },
    sync: {
      lastSuccessAt: null,
      lastError: 'network',
      lastErrorAt: at.getTime(),
      clockOffsetMs: 1200,
    },
    storage: { persisted: true, usage: 1000, quota: 10_000_000, lowSpace: false },
    printers: [{ name: 'POS-80', displayName: 'POS-80', receipt: true }],
    errors: [{ code: 'sync:network', at: at.getTime() }],
    now: at,
    ...overrides,
  };
}

describe('the diagnostic bundle', () => {
  it('counts what is stored, outboxed, quarantined and gone', async () => {
    const a = await saveIntake(records, intakeDraft(), at);
    const b = await saveIntake(records, intakeDraft(), at);
    await saveSuggestion(records, '楼道灯坏了很久', at);
    if (!a.ok || !b.ok) throw new Error('seed failed');
    const [first, second] = await records.outbox.orderBy('seq').toArray();
    await applyAcks(records, [
      {
        id: a.value.id,
        seq: first?.seq ?? 0,
        status: 'rejected',
        reason: 'contact.phone: bad 13812345678',
      },
      { id: b.value.id, seq: second?.seq ?? 0, status: 'gone' },
    ]);
    const bundle = await collectDiagnostics(input());
    expect(bundle.counts).toEqual({
      records: { intake: 2, suggestion: 1 },
      outbox: 1,
      quarantine: 1,
      gone: 1,
    });
    expect(bundle.quarantine).toMatchObject([
      { recordId: a.value.id, kind: 'intake', reason: 'contact.phone: bad #' },
    ]);
    expect(bundle.sync.lastError).toBe('network');
    expect(bundle.errors).toEqual([{ code: 'sync:network', at: at.toISOString() }]);
  });

  it('carries no phone, surname, answer or suggestion text from stored records', async () => {
    const secrets = {
      phone: '13987654321',
      surname: '欧阳',
      suggestion: '我家邻居张三总是半夜敲墙',
    };
    const saved = await saveIntake(
      records,
      intakeDraft({
        contact: {
          surname: secrets.surname,
          salutation: 'mr',
          phone: secrets.phone,
          homeVisit: null,
          focusGroups: [],
        },
        answers: [{ questionId: 'stage', optionId: 'notSigned' }],
      }),
      at,
    );
    await saveSuggestion(records, secrets.suggestion, at);
    if (!saved.ok) throw new Error('seed failed');
    const seq = (await records.outbox.orderBy('seq').first())?.seq ?? 0;
    await applyAcks(records, [
      { id: saved.value.id, seq, status: 'rejected', reason: `phone ${secrets.phone} refused` },
    ]);
    const text = JSON.stringify(await collectDiagnostics(input()));
    for (const secret of [...Object.values(secrets), '13987654321'.slice(-8), 'notSigned', 'stage'])
      expect(text).not.toContain(secret);
    // The bundle did look at the records: it counted them.
    expect(text).toContain('"intake":1');
  });

  it('masks digit runs in a rejection reason', () => {
    expect(maskReason('phone 13812345678: not a mobile, id 310101199001011234')).toBe(
      'phone #: not a mobile, id #',
    );
  });
});
