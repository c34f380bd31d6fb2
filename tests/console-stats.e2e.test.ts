import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openHubDb } from '../server/db/open';
import { seedDemo } from '../server/demo';
import { generateDemo } from '../server/demo/generator';
import { DEMO_CONSOLE_PASSWORD } from '../server/demo/demo-accounts';
import { statsFor } from '../server/store/stats/query';
import type { StatsFigures } from '../shared/stats/figures';
import { shanghaiMonth } from '../shared/stats/month';
import { launchChromium, seriousA11yViolations } from './e2e/browser';
import { freePort, HubProcess } from './sync/hub-process';

/**
 * The statistics screens in real Chromium against a real hub process (run `npm run build`
 * first), on the seeded demo: each scope's dashboard shows the hub's figures; an export
 * downloads, opens as XLSX (parsed with exceljs) and holds the numbers the page shows; a
 * supervisor's export hides small counts and holds no personal information; axe on each screen.
 */
let dataDir: string;
let hub: HubProcess;
let browser: Browser;
let phones: string[] = [];
const year = shanghaiMonth(Date.now()).slice(0, 4);
const expected = new Map<string, StatsFigures>();

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'console-stats-'));
  const db = openHubDb(dataDir);
  const now = Date.now();
  seedDemo(db, now);
  phones = (await generateDemo(db, { seed: 7, cases: 90, rooms: 3, months: 3, now })).phones;
  const period = { from: `${year}-01`, to: shanghaiMonth(now) };
  expected.set('district', statsFor(db, { scope: 'district', ...period }, now));
  expected.set('xujiahui', statsFor(db, { scope: 'street', id: 'xujiahui', ...period }, now));
  db.close();
  hub = new HubProcess(dataDir, await freePort());
  await hub.start();
  browser = await launchChromium();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function loggedIn(username: string, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${hub.url}/console/`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_CONSOLE_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('who').waitFor();
  return page;
}

function figures(key: string): StatsFigures {
  const f = expected.get(key);
  if (!f) throw new Error(key);
  return f;
}

/** The body rows of a table on the page, as text. */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
  return page
    .getByTestId(testId)
    .locator('tbody tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())),
    );
}

async function openDashboard(page: Page): Promise<void> {
  await page.getByTestId('nav-stats').click();
  await page.getByTestId('kpis').waitFor();
}

describe('the dashboard shows the hub’s figures for each scope', () => {
  it('the district: headline figures and the month-by-month table', async () => {
    const page = await loggedIn('admin');
    await openDashboard(page);
    const f = figures('district');
    expect(f.totals.intakes).toBeGreaterThan(0);
    expect(await page.getByTestId('kpi-intakes-value').textContent()).toBe(
      String(f.totals.intakes),
    );
    expect(await page.getByTestId('kpi-cases-value').textContent()).toBe(String(f.totals.cases));
    const share = f.reportedBack.share;
    expect(await page.getByTestId('kpi-reportedShare-value').textContent()).toBe(
      share === null
        ? '—'
        : new Intl.NumberFormat('zh-CN', { style: 'percent', maximumFractionDigits: 1 }).format(
            share,
          ),
    );
    const rows = await tableRows(page, 'table-volume');
    expect(rows.map((r) => [r[0], Number(r[1]), Number(r[2])])).toEqual(
      f.byMonth.map((m) => [m.month, m.intakes, m.cases]),
    );
    const heat = await tableRows(page, 'table-heat');
    expect(heat).toHaveLength(13);
    expect(await page.getByTestId('chart-volume').locator('canvas').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('a street office sees its street, and a room of it', async () => {
    const page = await loggedIn('xujiahui');
    await openDashboard(page);
    const f = figures('xujiahui');
    expect(await page.getByTestId('kpi-intakes-value').textContent()).toBe(
      String(f.totals.intakes),
    );
    expect(await page.getByTestId('stats-scope').locator('option').allTextContents()).not.toContain(
      '全区',
    );
    const heat = await tableRows(page, 'table-heat');
    expect(heat.map((r) => r[0])).toEqual(['徐家汇街道']);
    await page.getByTestId('stats-scope').selectOption('room');
    await page.getByTestId('stats-room').waitFor();
    await expect
      .poll(() => page.getByTestId('kpi-intakes-value').textContent())
      .toBe(String(f.byRoom.reduce((s, r) => s + r.intakes, 0)));
    await page.close();
  });
});

async function downloadXlsx(page: Page): Promise<Map<string, string[][]>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-xlsx').click(),
  ]);
  const file = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheets = new Map<string, string[][]>();
  book.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v as string | number))),
    );
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

/** Every table of the printed report next to the sheet of the same name. */
async function expectFileMatchesPage(page: Page, sheets: Map<string, string[][]>) {
  const tables = await page.getByTestId('report').locator('table').all();
  expect(tables.length).toBeGreaterThan(4);
  for (const table of tables) {
    const title = ((await table.locator('caption').textContent()) ?? '').trim();
    const head = await table.locator('thead th').allTextContents();
    const body = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())),
      );
    expect(sheets.get(title), title).toEqual([head, ...body]);
  }
}

describe('exports', () => {
  it('the annual XLSX downloads, opens, and holds the numbers on the page', async () => {
    const page = await loggedIn('admin');
    await openDashboard(page);
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-totals').waitFor();
    const sheets = await downloadXlsx(page);
    await expectFileMatchesPage(page, sheets);
    const totals = sheets.get('总量') ?? [];
    expect(totals.find((r) => r[0] === '自助登记')?.[1]).toBe(
      String(figures('district').totals.intakes),
    );
    await page.close();
  });

  it('a supervisor’s export hides counts under 5 and holds no personal information', async () => {
    const page = await loggedIn('supervisor');
    await openDashboard(page);
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-totals').waitFor();
    const sheets = await downloadXlsx(page);
    await expectFileMatchesPage(page, sheets);
    const text = JSON.stringify([...sheets.values()]);
    expect(text).toContain('<5');
    for (const phone of phones) expect(text).not.toContain(phone);
    expect(text).not.toMatch(/1[3-9]\d{9}/);
    await page.close();
  });
});

describe('accessibility (axe-core) on the statistics screens', () => {
  it('has no serious or critical violation on the dashboard (Chinese and English), the report and the review', async () => {
    const page = await loggedIn('admin', { bypassCSP: true });
    const found: Record<string, unknown> = {};
    await openDashboard(page);
    await page.getByTestId('table-satisfaction').waitFor();
    found.dashboard = await seriousA11yViolations(page);
    await page.getByTestId('open-report').click();
    await page.getByTestId('report-totals').waitFor();
    found.report = await seriousA11yViolations(page);
    await page.goto(`${hub.url}/console/stats/satisfaction`);
    await page.getByTestId('satisfaction-rooms').waitFor();
    found.satisfaction = await seriousA11yViolations(page);
    await page.getByTestId('lang-en').click();
    await openDashboard(page);
    await expect.poll(() => page.getByTestId('chart-volume').textContent()).toContain('Intakes');
    found.dashboardEn = await seriousA11yViolations(page);
    expect(found).toEqual({ dashboard: [], report: [], satisfaction: [], dashboardEn: [] });
    await page.close();
  });
});
