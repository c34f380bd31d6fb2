import { describe, expect, it } from 'vitest';
import { suggestMapping, mappingFits } from './mapping';
import { parseReceivedAt, parseRow } from './parse-row';
import { reminderDue, riskFlags } from './meeting';

const HEADERS = [
  ' 工单编号 ',
  '受理时间（派单）',
  '所属街镇',
  '所属居委',
  '事发地址',
  '诉求内容',
  '诉求分类',
  '紧急程度',
  '联系电话',
];

describe('reading a 12345 export', () => {
  it('guesses the mapping from odd headers, and never maps the phone column', () => {
    const m = suggestMapping(HEADERS);
    expect(m).toEqual({
      orderNo: ' 工单编号 ',
      receivedAt: '受理时间（派单）',
      street: '所属街镇',
      community: '所属居委',
      address: '事发地址',
      request: '诉求内容',
      hotlineCategory: '诉求分类',
      urgency: '紧急程度',
    });
    expect(Object.values(m)).not.toContain('联系电话');
    expect(mappingFits(m, HEADERS)).toBe(true);
    expect(mappingFits(m, HEADERS.slice(1))).toBe(false);
  });

  it('reads received times as Shanghai time in the formats hotline exports use', () => {
    const at = Date.parse('2026-11-03T06:22:00Z');
    expect(parseReceivedAt('2026-11-03 14:22')).toBe(at);
    expect(parseReceivedAt('2026/11/3 14:22:00')).toBe(at);
    expect(parseReceivedAt('2026年11月3日 14时22分')).toBe(at);
    expect(parseReceivedAt('2026-11-03T06:22:00.000Z')).toBe(at);
    expect(parseReceivedAt('2026-02-31 10:00')).toBeNull();
    expect(parseReceivedAt('上周三')).toBeNull();
  });

  const mapping = suggestMapping(HEADERS);
  const row = (over: Record<string, string>) => ({
    ' 工单编号 ': 'GD2026110300123',
    '受理时间（派单）': '2026-11-30 23:30',
    所属街镇: '徐汇区徐家汇街道',
    所属居委: '汇站居委',
    事发地址: '天钥桥路100弄3号',
    诉求内容: '=HYPERLINK("http://evil.example","点我")',
    诉求分类: '邻里纠纷',
    紧急程度: '紧急',
    联系电话: '13912345678',
    ...over,
  });

  it('keeps a formula as plain text, files the month in Shanghai time and drops the phone', () => {
    const parsed = parseRow(row({}), mapping, 'xujiahui');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.order.request).toBe('=HYPERLINK("http://evil.example","点我")');
    expect(parsed.order.month).toBe('2026-11');
    expect(parsed.order.urgent).toBe(true);
    expect(JSON.stringify(parsed.order)).not.toContain('13912345678');
  });

  it('names every problem of a bad row', () => {
    const parsed = parseRow(
      row({
        ' 工单编号 ': '#1',
        '受理时间（派单）': '昨天',
        诉求内容: ' ',
        所属街镇: '天平路街道',
      }),
      mapping,
      'xujiahui',
    );
    expect(parsed).toEqual({
      ok: false,
      problems: ['orderNoBad', 'receivedAtBad', 'requestMissing', 'otherStreet'],
    });
  });
});

describe('the screening meeting', () => {
  it('flags a sharply rising topic, an address with repeated orders and urgent orders', () => {
    const flags = riskFlags({
      topics: [
        {
          topic: 'neighbours',
          category: 'dispute',
          count: 9,
          previous: [2, 3, 4],
          byCommunity: [],
        },
        { topic: 'rental', category: 'contract', count: 6, previous: [5, 5, 5], byCommunity: [] },
        { topic: 'loans', category: 'payment', count: 4, previous: [0, 0, 0], byCommunity: [] },
      ],
      addresses: [
        { address: '天钥桥路100弄3号', count: 3 },
        { address: '漕溪北路1号', count: 2 },
      ],
      urgent: [{ orderNo: 'GD1', topic: null }],
    });
    expect(flags).toEqual([
      { kind: 'rising', topic: 'neighbours', count: 9, average: 3 },
      { kind: 'repeatedAddress', address: '天钥桥路100弄3号', count: 3 },
      { kind: 'urgent', orderNo: 'GD1', topic: null },
    ]);
  });

  it('reminds from the 15th until the screening is held', () => {
    expect(reminderDue('2026-12-14', false)).toBe(false);
    expect(reminderDue('2026-12-15', false)).toBe(true);
    expect(reminderDue('2026-12-28', true)).toBe(false);
  });
});
