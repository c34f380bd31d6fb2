import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../server/testing/test-hub';
import {
  consoleClient,
  seedAccount,
  TEST_PASSWORD,
  type ConsoleClient,
} from '../server/console/testing/console-client';
import { seedRoom } from '../server/console/testing/seed-cases';
import {
  HOTLINE_HEADERS,
  hotlineCsv,
  hotlineRows,
  hotlineXlsx,
} from '../server/screening/testing/hotline-file';
import { apiPath } from '../shared/console/access';
import type { ImportPreview, ImportReport } from '../shared/screening/import-report';
import type { MeetingView } from '../shared/screening/meeting';

/**
 * The 12345 import over real HTTP into a real SQLite file: realistic exports (odd headers,
 * GB18030, a phone column, bad rows, duplicates), re-imports that never duplicate, and the bad
 * files the issue names, each refused with its code while nothing changes.
 */
let hub: TestHub;
let street: ConsoleClient;
const at = { street: 'xujiahui' };
const requestOf = (orderNo: string) =>
  hub.db.prepare('SELECT request FROM screening_orders WHERE order_no = ?').pluck().get(orderNo);
const count = () => hub.db.prepare('SELECT COUNT(*) FROM screening_orders').pluck().get() as number;

beforeAll(async () => {
  hub = await startTestHub();
  hub.clock.ms = Date.parse('2026-12-16T02:00:00Z');
  seedRoom(hub.db, 'xujiahui', hub.clock.ms);
  await seedAccount(hub.db, 'xujiahui', 'street-office', { street: 'xujiahui' });
  street = consoleClient(() => hub.url);
  expect((await street.login('xujiahui', TEST_PASSWORD)).status).toBe(200);
});
afterAll(() => hub?.close());

async function mapAndImport(file: Buffer): Promise<ImportReport> {
  const preview = await street.upload(apiPath('screening.preview', at), file);
  expect(preview.status).toBe(200);
  const { mapping } = preview.body as ImportPreview;
  expect((await street.post(apiPath('screening.mapping', at), mapping)).status).toBe(200);
  const res = await street.upload(apiPath('screening.import', at), file);
  expect(res.status, res.text).toBe(200);
  return res.body as ImportReport;
}

describe('importing 12345 work orders', () => {
  it('reads a GB18030 CSV: header, preview, a guessed mapping without the phone column', async () => {
    const res = await street.upload(apiPath('screening.preview', at), hotlineCsv(hotlineRows(8)));
    const preview = res.body as ImportPreview;
    expect(preview.format).toBe('csv-gb18030');
    expect(preview.headers).toEqual(HOTLINE_HEADERS.map((h) => h.trim()));
    expect(preview.rows).toHaveLength(5);
    expect(preview.rows[0]?.[5]).toBe('楼上卫生间漏水到我家天花板，楼上不肯修');
    expect(preview.remembered).toBe(false);
    expect(Object.values(preview.mapping)).not.toContain('联系电话');
  });

  it('imports valid rows, reports bad rows and in-file duplicates by row, keeps no phone', async () => {
    const rows = hotlineRows(40);
    const bad = [
      ',2026-12-03 10:00,徐家汇街道,汇站居委,乐山路1号,没有工单号,邻里纠纷,一般,李,13800000000',
      'GD202612999999,下周,徐家汇街道,汇站居委,乐山路1号,时间不对,邻里纠纷,一般,李,13800000001',
      'GD202612999998,2026-12-03 10:00,天平路街道,居委,衡山路1号,别的街道的工单,邻里纠纷,一般,李,13800000002',
      `${rows[0]!.orderNo},2026-12-03 10:00,徐家汇街道,汇站居委,乐山路1号,重复的工单,邻里纠纷,一般,李,13800000003`,
      'GD202612999997,2026-12-04 09:00,徐家汇街道,汇站居委,乐山路2号,"=HYPERLINK(""http://evil.example"",""点我"")",邻里纠纷,一般,李,13800000004',
    ];
    const report = await mapAndImport(hotlineCsv(rows, 'gb18030', bad));
    expect(report).toMatchObject({ format: 'csv-gb18030', added: 41, updated: 0, failed: 4 });
    expect(report.errors).toEqual([
      { row: 42, orderNo: '', problems: ['orderNoMissing'] },
      { row: 43, orderNo: 'GD202612999999', problems: ['receivedAtBad'] },
      { row: 44, orderNo: 'GD202612999998', problems: ['otherStreet'] },
      { row: 45, orderNo: rows[0]!.orderNo, problems: ['duplicateInFile'] },
    ]);
    const stored = JSON.stringify(hub.db.prepare('SELECT * FROM screening_orders').all());
    expect(stored.match(/(?<!\d)1[3-9]\d{9}(?!\d)/)).toBeNull();
    expect(stored).not.toContain('张先生');
    // The CSV injection is stored as the text it is.
    expect(requestOf('GD202612999997')).toBe('=HYPERLINK("http://evil.example","点我")');
  });

  it('never duplicates: the same file again, then an overlapping XLSX with formulas', async () => {
    const before = count();
    const again = await mapAndImport(hotlineCsv(hotlineRows(40)));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 40 });
    expect(count()).toBe(before);
    const xlsx = await hotlineXlsx(hotlineRows(60, '2026-12', 21), [
      [
        'GD202612888888',
        '2026-12-05 09:30',
        '徐家汇街道',
        '乐山居委',
        '乐山路9号',
        { formula: 'HYPERLINK("http://evil.example","点我")' },
        '邻里纠纷',
        '一般',
        '',
        '',
      ],
    ]);
    const preview = (await street.upload(apiPath('screening.preview', at), xlsx))
      .body as ImportPreview;
    expect(preview.format).toBe('xlsx');
    expect(preview.remembered).toBe(true);
    const report = (await street.upload(apiPath('screening.import', at), xlsx))
      .body as ImportReport;
    // Rows 21-40 were there already; 41-80 and the formula row are new.
    expect(report).toMatchObject({ format: 'xlsx', added: 41, unchanged: 20, failed: 0 });
    expect(count()).toBe(before + 41);
    expect(requestOf('GD202612888888')).toBe('=HYPERLINK("http://evil.example","点我")');
  });

  it('keeps a correction by staff through a later import', async () => {
    const orderNo = hotlineRows(1, '2026-12', 10)[0]!.orderNo;
    const res = await street.post(apiPath('screening.correct', { ...at, orderNo }), {
      category: 'dispute',
      topic: 'property-management',
    });
    expect(res.status).toBe(200);
    await mapAndImport(hotlineCsv(hotlineRows(40)));
    expect(
      hub.db.prepare('SELECT topic FROM screening_orders WHERE order_no = ?').pluck().get(orderNo),
    ).toBe('property-management');
  });

  it('refuses bad files with a clear code and changes nothing', async () => {
    const before = count();
    const zipBomb = zipOf('xl/workbook.xml', Buffer.alloc(50 * 1024 * 1024, 0x20));
    const cases: [string, Uint8Array, number, string][] = [
      ['empty', Buffer.alloc(0), 400, 'file_empty'],
      ['a PDF', Buffer.from('%PDF-1.7\n\0\0binary'), 415, 'file_type'],
      [
        'a zip that is no workbook',
        zipOf('word/document.xml', Buffer.from('<w/>')),
        415,
        'file_type',
      ],
      ['a zip bomb', zipBomb, 413, 'file_too_big'],
      ['a broken XLSX', (await hotlineXlsx(hotlineRows(5))).subarray(0, 600), 400, 'file_corrupt'],
      ['100 MB', Buffer.alloc(100 * 1024 * 1024, 0x41), 413, 'body_too_large'],
    ];
    for (const [what, file, status, code] of cases) {
      const res = await street.upload(apiPath('screening.import', at), file);
      expect(res.status, what).toBe(status);
      expect((res.body as { error: string }).error, what).toBe(code);
    }
    expect(count()).toBe(before);
    expect(hub.db.prepare('SELECT COUNT(*) FROM screening_staging').pluck().get()).toBe(0);
  });

  it('shows the meeting: topics by community, repeated address and urgent flags', async () => {
    const res = await street.get(apiPath('screening.meeting', { ...at, month: '2026-12' }));
    const meeting = res.body as MeetingView;
    expect(meeting.orders).toBe(count());
    expect(meeting.topics[0]?.byCommunity.length).toBeGreaterThan(0);
    expect(meeting.flags).toContainEqual(
      expect.objectContaining({ kind: 'repeatedAddress', address: '天钥桥路100弄3号' }),
    );
    expect(meeting.flags.some((f) => f.kind === 'urgent')).toBe(true);
    expect(meeting.unclassified).toBeGreaterThan(0); // 路灯坏了: left for staff
  });
});

/** A one-entry zip (deflated), enough for the zip guard to read its central directory. */
function zipOf(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content, { level: 9 });
  const nameBuf = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const localSize = local.length + nameBuf.length + data.length;
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(central.length + nameBuf.length, 12);
  eocd.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBuf, data, central, nameBuf, eocd]);
}
