import type { SyncFailureCode } from '../../sync/sync-failure';
import { connectionProblem, type ConnectionProblem } from './hub-check';

/** Why an enrollment failed, in the words the wizard uses (each is an i18n key). */
export type EnrollProblem =
  | 'code_invalid'
  | 'code_expired'
  | 'code_used'
  | 'unknown_site'
  | 'too_many_tries'
  | 'storage'
  | ConnectionProblem;

export const ENROLL_PROBLEMS: readonly EnrollProblem[] = [
  'code_invalid',
  'code_expired',
  'code_used',
  'unknown_site',
  'too_many_tries',
  'storage',
  'invalid_url',
  'unreachable',
  'wrong_address',
  'hub_error',
  'hub_not_allowed',
  'blocked_by_page',
];

/** Problems that are the code's: the technician may correct it or type another. */
export const CODE_PROBLEMS: readonly EnrollProblem[] = [
  'code_invalid',
  'code_expired',
  'code_used',
  'unknown_site',
];

export function isCodeProblem(problem: EnrollProblem): boolean {
  return CODE_PROBLEMS.includes(problem);
}

export function enrollProblem(code: SyncFailureCode): EnrollProblem {
  switch (code) {
    case 'enrollment_code_invalid':
      return 'code_invalid';
    case 'enrollment_code_expired':
      return 'code_expired';
    case 'enrollment_code_used':
      return 'code_used';
    case 'unknown_site':
      return 'unknown_site';
    // Wrong codes from this address, enroll and preview alike (the hub's attempt limiter).
    case 'rate_limited':
      return 'too_many_tries';
    case 'storage':
      return 'storage';
    // The hub refuses a code of the wrong shape as a bad request: that is the code's fault.
    case 'bad_request':
      return 'code_invalid';
    default:
      return connectionProblem(code);
  }
}

/** Letters and digits an enrollment code may hold (the hub leaves out 0/O and 1/I/L), and the dash. */
export const CODE_KEYS = [...'ABCDEFGHJKMNPQRSTUVWXYZ23456789', '-'];

/** What the code field keeps of typed text: upper case, code characters, spaces and dashes. */
export function cleanCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^A-Z0-9\- ]/g, '')
    .slice(0, 32);
}

export function isCodeShaped(code: string): boolean {
  const trimmed = code.trim();
  return trimmed.length >= 4 && trimmed.length <= 32;
}
