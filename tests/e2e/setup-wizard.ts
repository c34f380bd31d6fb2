import type { Page } from 'playwright-core';
import type { SetupStep } from '../../renderer/features/setup/setup-store';

/** Page helpers for the first-run wizard (renderer/features/setup), as a technician goes through it. */
export async function wizardStep(p: Page, step: SetupStep): Promise<void> {
  await p.locator(`[data-testid="setup-wizard"][data-step="${step}"]`).waitFor();
}

export interface WizardRun {
  code: string;
  language?: 'zh' | 'en';
  /** Which suggested label to tap (DeviceLabelField's LABEL_SUGGESTIONS). */
  label?: string;
  pin: string;
}

/** From the first step to the room the code belongs to; returns the taps it took. */
export async function wizardToRoom(p: Page, url: string, run: WizardRun): Promise<number> {
  let taps = 0;
  const tap = async (testId: string) => {
    taps += 1;
    await p.getByTestId(testId).click();
  };
  await p.goto(url);
  await wizardStep(p, 'hub');
  if (run.language === 'en') await tap('setup-lang-en');
  await tap('setup-next');
  await wizardStep(p, 'code');
  for (const c of run.code) await tap(`code-key-${c}`);
  await tap('setup-next');
  // The connection step moves on by itself once the hub answers.
  await wizardStep(p, 'enroll');
  await p.getByTestId('enrolled-room').waitFor();
  return taps;
}

/** The technician PIN, typed twice: the sixth digit moves on by itself. */
export async function choosePin(p: Page, pin: string): Promise<number> {
  await wizardStep(p, 'pin');
  for (let i = 0; i < 2; i++) for (const d of pin) await p.getByTestId(`pad-${d}`).click();
  return pin.length * 2;
}

/** The whole wizard, every tap on the on-screen keys, to Home; returns the taps it took. */
export async function runWizard(p: Page, url: string, run: WizardRun): Promise<number> {
  let taps = await wizardToRoom(p, url, run);
  await p.getByTestId(`label-suggest-${run.label ?? 'frontLeft'}`).click();
  await p.getByTestId('setup-next').click();
  taps += 2;
  taps += await choosePin(p, run.pin);
  await p.getByTestId('settings-received').waitFor();
  await p.getByTestId('setup-next').click();
  taps += 1;
  await p.getByTestId('prompt-contract').waitFor();
  return taps;
}
