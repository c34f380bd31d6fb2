import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { agreeToConsent, answerAllFirstOptions, openHome, storedRecords } from './e2e/kiosk-page';
import { seriousA11yViolations } from './e2e/browser';
import { useKioskBrowser } from './e2e/kiosk-browser';

const kiosk = useKioskBrowser();

/** 婚姻家事来聊聊 → violence at home → not safe → it is me → a lawyer (Legal Aid Law Art. 32). */
const VIOLENCE = [
  { questionId: 'topic', optionId: 'violence' },
  { questionId: 'safeNow', optionId: 'unsafe' },
  { questionId: 'dvWho', optionId: 'me' },
  { questionId: 'dvHelp', optionId: 'lawyer' },
];

/**
 * A resident who tells the kiosk about domestic violence, answers the separate sensitive-consent
 * question, asks for a home visit because of illness, leaves a surname and takes a ticket.
 */
async function takeViolenceTicket(page: Page, keepSensitive: boolean): Promise<void> {
  await openHome(page, kiosk.url);
  await page.getByTestId('prompt-family').click();
  for (const a of VIOLENCE) await page.getByTestId(`option-${a.optionId}`).click();
  await page.getByTestId('legal-aid').waitFor();
  await page.getByTestId('get-ticket').click();
  await page.getByTestId('consent-agree').click();
  await page.getByTestId(keepSensitive ? 'sensitive-yes' : 'sensitive-no').click();
  await page.getByTestId('surname').fill('王');
  await page.getByTestId('visit-illness').click();
  await page.getByTestId('group-elderly').click();
  await page.getByTestId('group-disability').click();
  await page.getByTestId('contact-save').click();
  await page.getByTestId('ticket-number').waitFor();
}

async function theOneIntake(page: Page): Promise<Record<string, unknown>> {
  const rows = await storedRecords(page);
  expect(rows).toHaveLength(1);
  return rows[0]?.record ?? {};
}

describe('sensitive information is kept only with the separate consent, in real Chromium', () => {
  it('the consent notice names who receives a passed-on matter and keeps the ticket promise', async () => {
    await openHome(kiosk.page, kiosk.url);
    await kiosk.page.getByTestId('prompt-family').click();
    for (const a of VIOLENCE) await kiosk.page.getByTestId(`option-${a.optionId}`).click();
    await kiosk.page.getByTestId('get-ticket').click();
    const notice = (await kiosk.page.locator('.consent-facts').textContent()) ?? '';
    for (const recipient of ['徐汇公证处', '律师事务所', '人民调解委员会', '徐汇区法律援助中心']) {
      expect(notice).toContain(recipient);
    }
    expect(notice).not.toContain('不会提供给其他单位');
    expect(notice).toContain('36 个月');
    expect(notice).toContain('不同意也可以取号');
  });

  it('declining: no domestic-violence answer, legal-aid matter or illness is stored', async () => {
    await takeViolenceTicket(kiosk.page, false);
    const record = await theOneIntake(kiosk.page);
    expect(record).toMatchObject({
      kind: 'intake',
      prompt: 'family',
      answers: [],
      legalAid: null,
      sensitive: [],
      consent: { general: true, sensitive: false },
      contact: { surname: '王', homeVisit: null, focusGroups: ['elderly'] },
    });
    expect(JSON.stringify(record)).not.toMatch(/abuseVictim|violence|unsafe|dvWho|illness|disab/);
  });

  it('agreeing: the answers, the pre-screen and the home-visit reason are kept', async () => {
    await takeViolenceTicket(kiosk.page, true);
    const record = await theOneIntake(kiosk.page);
    expect(record).toMatchObject({
      answers: VIOLENCE,
      legalAid: { matterId: 'abuseVictim', article: 32 },
      consent: { general: true, sensitive: true },
      contact: { homeVisit: { reason: 'illness' }, focusGroups: ['elderly', 'disability'] },
    });
    expect(new Set(record.sensitive as string[])).toEqual(new Set(['domesticViolence', 'health']));
  });

  it('asks the separate consent on the contact screen when only a home visit is sensitive', async () => {
    // bypassCSP lets axe-core be injected to check the new question is accessible.
    const page = await kiosk.openPage({ bypassCSP: true });
    await openHome(page, kiosk.url);
    await page.getByTestId('prompt-contract').click();
    await answerAllFirstOptions(page);
    await page.getByTestId('get-ticket').click();
    await agreeToConsent(page);
    await page.getByTestId('visit-illness').click();
    expect(await page.getByTestId('contact-sensitive-dropped').textContent()).toContain(
      '不保存这一项',
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('contact-sensitive-yes').click();
    await page.getByTestId('contact-save').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await theOneIntake(page)).toMatchObject({
      consent: { general: true, sensitive: true },
      sensitive: ['health'],
      contact: { homeVisit: { reason: 'illness' } },
    });
  });
});
