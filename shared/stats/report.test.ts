import { describe, expect, it } from 'vitest';
import { assembleFigures } from './assemble';
import type { Part } from './measures';
import { buildReport, NOTHING, type Report } from './report';

/** Hand-made figures for two months of one street: a few intakes, cases, results and ratings. */
function figures() {
  const p = (month: string, measure: Part['measure'], d1: string, d2: string, n: number): Part => ({
    month,
    measure,
    d1,
    d2,
    n,
  });
  return assembleFigures({
    query: { scope: 'street', id: 'xujiahui', from: '2026-10', to: '2026-11' },
    months: ['2026-10', '2026-11'],
    openMonths: [],
    rows: [
      p('2026-10', 'intake', 'contract', 'yes', 12),
      p('2026-11', 'intake', 'family', 'no', 3),
      p('2026-10', 'case', 'routed', 'contract', 7),
      p('2026-11', 'case', 'solvedOnSpot', 'family', 2),
      p('2026-10', 'result', 'teams', 'yes', 6),
      p('2026-10', 'result', 'teams', 'no', 1),
      p('2026-11', 'satisfaction', '5', '', 3),
    ],
    overdueRows: [],
    roomRows: [{ siteId: 'xujiahui', month: '2026-10', measure: 'intake', n: 12 }],
    rooms: [{ siteId: 'xujiahui', street: 'xujiahui' }],
  });
}

const cell = (report: Report, table: string, row: string, col = 1) =>
  report.tables.find((t) => t.id === table)?.rows.find((r) => r[0] === row)?.[col];

describe('the annual and monthly reports', () => {
  it('staff see the exact counts, the share reported back and the mean', () => {
    const r = buildReport(figures(), {
      kind: 'annual',
      lang: 'zh-CN',
      suppress: false,
      roomName: () => '徐家汇客厅',
    });
    expect(r.title).toBe('徐家汇街道 全年服务量统计');
    expect(cell(r, 'totals', '自助登记')).toBe(15);
    expect(cell(r, 'totals', '案件')).toBe(9);
    expect(cell(r, 'totals', '事事有结果（已反馈占比）')).toBe('85.7%');
    expect(cell(r, 'totals', '平均评分')).toBe(5);
    expect(cell(r, 'byMonth', '2026-11', 1)).toBe(3);
    expect(cell(r, 'byRoom', '徐家汇客厅')).toBe(12);
    expect(cell(r, 'totals', '意见建议')).toBe(0);
  });

  it('a supervisor’s shows counts of 1-4 as "<5", zero as 0, and withholds a mean of few ratings', () => {
    const r = buildReport(figures(), {
      kind: 'annual',
      lang: 'en',
      suppress: true,
      roomName: () => 'Xujiahui room',
    });
    expect(cell(r, 'totals', 'Kiosk intakes')).toBe(15);
    expect(cell(r, 'byMonth', '2026-11', 1)).toBe('<5');
    expect(cell(r, 'totals', 'Ratings')).toBe('<5');
    expect(cell(r, 'totals', 'Mean rating')).toBe('<5');
    expect(cell(r, 'totals', 'Suggestions')).toBe(0);
    const counts = r.tables.flatMap((t) => t.rows.flatMap((row) => row.slice(1)));
    for (const c of counts)
      if (typeof c === 'number') expect(c === 0 || c >= 5 || !Number.isInteger(c)).toBe(true);
    expect(r.legend).toContain('<5');
  });

  it('a monthly report has no month-by-month table; nothing to divide by shows "—"', () => {
    const f = figures();
    const r = buildReport(
      { ...f, reportedBack: { results: 0, reported: 0, share: null } },
      { kind: 'monthly', lang: 'en', suppress: false, roomName: (id) => id },
    );
    expect(r.tables.map((t) => t.id)).not.toContain('byMonth');
    expect(cell(r, 'totals', 'Every matter has a result (share reported back)')).toBe(NOTHING);
  });
});
