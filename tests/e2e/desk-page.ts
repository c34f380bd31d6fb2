import type { Page } from 'playwright-core';
import { storedRecords } from './kiosk-page';

/** The demo volunteers' PINs (docs/cases.md). */
export const DEMO_PINS = { 'demo-zhang': '2468', 'demo-li': '1357' } as const;
export type DemoVolunteer = keyof typeof DEMO_PINS;

/**
 * A volunteer at the desk, counting taps as they go: every button pressed is one tap, and so is
 * every field typed into (the tap that puts the cursor there; the typing itself is not counted).
 */
export class DeskHands {
  taps = 0;
  constructor(readonly page: Page) {}

  async tap(testId: string): Promise<void> {
    this.taps += 1;
    await this.page.getByTestId(testId).click();
  }

  async type(testId: string, text: string): Promise<void> {
    this.taps += 1;
    await this.page.getByTestId(testId).fill(text);
  }

  /** Taps since `from` (a reading of `taps`). */
  since(from: number): number {
    return this.taps - from;
  }

  text(testId: string): Promise<string | null> {
    return this.page.getByTestId(testId).textContent();
  }

  /** From Home: staff entry, the name, the PIN on the pad, 进入. */
  async unlock(volunteer: DemoVolunteer = 'demo-zhang', pin: string = DEMO_PINS[volunteer]) {
    await this.tap('staff-entry');
    await this.tap(`volunteer-${volunteer}`);
    await this.typePin(pin);
    await this.page.getByTestId('desk-volunteer').waitFor();
  }

  async typePin(pin: string): Promise<void> {
    for (const d of pin) await this.tap(`pad-${d}`);
    await this.tap('pin-submit');
  }
}

/** The stored case events (of one type, if given), as plain objects, oldest id first. */
export async function storedCaseEvents(
  page: Page,
  type?: string,
): Promise<Array<Record<string, unknown>>> {
  return (await storedRecords(page))
    .map((r) => r.record)
    .filter((r) => r.kind === 'caseEvent' && (type === undefined || r.type === type))
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
}

/** Today in the page's clock, YYYY-MM-DD, `plusDays` on. */
export function pageDay(page: Page, plusDays = 0): Promise<string> {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, plusDays);
}
