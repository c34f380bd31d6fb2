/** Mainland China mobile numbers: 11 digits starting 13-19. */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

export function isMainlandMobile(value: string): boolean {
  return MAINLAND_MOBILE.test(value);
}

export type PhoneProblem = 'tooShort' | 'tooLong' | 'notMobile' | 'notDigits';

/** Why a typed number is not a mainland mobile, or null if it is. */
export function phoneProblem(value: string): PhoneProblem | null {
  if (!/^\d*$/.test(value)) return 'notDigits';
  if (value.length < 11) return 'tooShort';
  if (value.length > 11) return 'tooLong';
  return isMainlandMobile(value) ? null : 'notMobile';
}

/** The last four digits, all a volunteer needs to search (and all a screen should show). */
export function maskPhone(value: string): string {
  return `*******${value.slice(-4)}`;
}
