import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HUB_DB_FILE } from '../server/db/open';
import { generateDemo } from '../server/demo/generator';
import { DEMO_CONSOLE_PASSWORD } from '../server/demo/demo-accounts';
import { seriousA11yViolations } from './e2e/browser';
import { useConsoleHub } from './e2e/console-hub';
import { answerAllFirstOptions } from './e2e/kiosk-page';
import { syncedAll } from './e2e/desk-page';

/**
 * 典型案事例 end to end (issue 12), in real Chromium against a real hub process (build first): the
 * district admin writes a typical case from a closed case; the hub refuses it while it holds a
 * phone number; masked, it is saved; the author cannot approve it, the middle office can; it is
 * exported as a Word compilation that opens (its document.xml read with unzip) and published to
 * the kiosks, where a resident reads it under its prompt after sync.
 */
const world = useConsoleHub('typical-e2e', async (db, now) => {
  await generateDemo(db, { seed: 7, cases: 60, rooms: 2, months: 2, now });
});
const { kiosk } = world;
const consoleAs = (username: string) =>
  world.consoleAs(username, { password: DEMO_CONSOLE_PASSWORD });

const typicalRows = () => {
  const db = new Database(path.join(world.dataDir, HUB_DB_FILE), { readonly: true });
  try {
    return db.prepare('SELECT facts, status FROM typical_cases').all() as {
      facts: string;
      status: string;
    }[];
  } finally {
    db.close();
  }
};

const TITLE = '子女赡养费分担纠纷的联合调解';
const PHONE = '13812345678';
const FACTS = `老人王某的三名子女因赡养费分担发生争执，其女联系电话${PHONE}，老人到客厅求助。`;

describe('a typical case, from a closed case to the kiosk', () => {
  it('is refused with a phone number, saved masked, approved by a second person, exported and published', async () => {
    const admin = await consoleAs('admin');
    await admin.getByTestId('nav-cases').click();
    await admin.getByTestId('cases-filter').selectOption('closed');
    await admin.locator('[data-testid^="open-"]').first().click();
    await admin.getByTestId('typical-write').click();
    await admin.getByTestId('typical-prompt').selectOption('family');
    await admin.getByTestId('typical-title').fill(TITLE);
    await admin.getByTestId('typical-facts').fill(FACTS);
    await admin
      .getByTestId('typical-resolution')
      .fill('人民调解员与志愿律师共同调解，子女签订赡养协议。');
    await admin.getByTestId('typical-law').fill('《中华人民共和国民法典》第一千零六十七条');
    await admin.getByTestId('typical-service-mediation').check();
    expect(await admin.getByTestId('typical-findings').textContent()).toContain(PHONE);
    await admin.getByTestId('typical-save').click();
    await expect.poll(() => admin.getByRole('alert').first().textContent()).toContain('个人信息');
    expect(typicalRows()).toEqual([]);

    await admin.getByTestId('typical-mask').click();
    expect(await admin.getByTestId('typical-facts').inputValue()).toContain('（电话略）');
    await admin.getByTestId('typical-save').click();
    await admin.getByTestId('typical-saved').waitFor();
    expect(typicalRows()).toEqual([{ facts: FACTS.replace(PHONE, '（电话略）'), status: 'draft' }]);

    // The author may not approve their own case.
    await admin.getByTestId('nav-typical-cases').click();
    await admin.getByTestId('typical-filter-status').selectOption('draft');
    await admin.getByTestId('typical-open-0').click();
    expect(await admin.getByTestId('typical-approve').isDisabled()).toBe(true);

    const second = await consoleAs('zhongtai');
    await second.getByTestId('nav-typical-cases').click();
    await second.getByTestId('typical-filter-status').selectOption('draft');
    await second.getByTestId('typical-open-0').click();
    await second.getByTestId('typical-approve').click();
    await expect.poll(() => typicalRows()[0]?.status).toBe('approved');
    await second.getByTestId('typical-filter-status').selectOption('approved');
    await second.getByTestId('typical-open-0').click();
    expect(await seriousA11yViolations(second)).toEqual([]);
    await second.getByTestId('typical-publish').click();
    await expect.poll(() => second.getByTestId('typical-state').textContent()).toContain('已发布');

    // The compilation opens as a Word file: unzip it and read the document.
    const href = await second.getByTestId('typical-export').getAttribute('href');
    const bytes = await second.evaluate(async (url) => {
      const res = await fetch(url ?? '', { credentials: 'same-origin' });
      return Array.from(new Uint8Array(await res.arrayBuffer()));
    }, href);
    const dir = mkdtempSync(path.join(tmpdir(), 'typical-docx-'));
    try {
      const file = path.join(dir, 'compilation.docx');
      writeFileSync(file, Buffer.from(bytes));
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
      expect(xml).toContain('典型案例汇编');
      expect(xml).toContain('目录');
      expect(xml).toContain(`一、${TITLE}`);
      expect(xml).toContain('（电话略）');
      expect(xml).not.toContain(PHONE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // A resident reads it under its prompt once the kiosk has synced.
    const k = kiosk.page;
    await k.goto(kiosk.url);
    await k.getByTestId('prompt-family').waitFor();
    await syncedAll(k);
    await k.getByTestId('prompt-family').click();
    await answerAllFirstOptions(k);
    await expect
      .poll(() => k.getByTestId('typical-cases').textContent(), { timeout: 30_000 })
      .toContain(TITLE);
  });

  it('the library passes axe in English', async () => {
    const page = await consoleAs('zhongtai');
    await page.getByTestId('lang-en').click();
    await page.getByTestId('nav-typical-cases').click();
    await page.getByTestId('typical-open-0').click();
    await page.getByTestId('typical-detail').waitFor();
    expect(await page.getByTestId('typical-export').textContent()).toContain('Export');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
