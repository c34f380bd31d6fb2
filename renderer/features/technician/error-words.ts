import { SYNC_ERROR_CODES } from '../../../shared/sync/errors';
import { LOCAL_FAILURE_CODES, type SyncFailureCode } from '../../sync/sync-failure';
import { SITE_FILE_READ_PROBLEMS } from '../setup/site-file-problems';

/**
 * What technician mode says instead of a bare code like `hub_unreachable`. Every code stays
 * beside its words, small, for the support ticket and for the table in docs/deploy.md.
 */

/** Failures talking to the hub: the hub's own codes and the kiosk's (renderer/sync). */
export const FAILURE_CODES: readonly SyncFailureCode[] = [
  ...SYNC_ERROR_CODES,
  ...LOCAL_FAILURE_CODES,
];

/** Checks of a typed or read hub address that refuse it before asking (setup/hub-check.ts). */
export const ADDRESS_REFUSALS = ['invalid_url', 'hub_not_allowed', 'blocked_by_page'] as const;

/** Every failure `technician.failure.*` has words for. */
export const FAILURE_WORDS: readonly string[] = [...FAILURE_CODES, ...ADDRESS_REFUSALS];

/** What printing can answer (electron/printer.ts, the IPC wrapper, the browser build). */
export const PRINT_ERRORS = ['no_printer', 'print_failed', 'forbidden', 'bad_request', 'internal'];

/** Where a recent error happened: the part of its code before the colon (error-ring.ts). */
export const ERROR_PLACES = [
  'sync',
  'enroll',
  'enroll-preview',
  'connection',
  'site-file',
  'print',
  'js',
  'reset',
] as const;
type ErrorPlace = (typeof ERROR_PLACES)[number];

/** Which i18n family says a code in words: `technician.failure`, `…printError`, `setup.siteFile.problem`. */
export type WordsFamily = 'failure' | 'print' | 'siteFile';

export interface ErrorWords {
  /** Where it happened (`technician.errorPlace.*`), null for a code of no known shape. */
  place: ErrorPlace | null;
  /** The words' family and key in it, and what they interpolate; null: show the code alone. */
  words: { family: WordsFamily; key: string; values?: Record<string, string> } | null;
}

/** Words for a failure code (`network`, `device_revoked`, `blocked_by_page`), or null. */
export function failureWords(code: string): ErrorWords['words'] {
  return FAILURE_WORDS.includes(code) ? { family: 'failure', key: code } : null;
}

/** Words for a printing error, or general words naming the code. */
export function printErrorWords(code: string): NonNullable<ErrorWords['words']> {
  return PRINT_ERRORS.includes(code)
    ? { family: 'print', key: code }
    : { family: 'print', key: 'other', values: { code } };
}

function isPlace(text: string): text is ErrorPlace {
  return (ERROR_PLACES as readonly string[]).includes(text);
}

/** A recent error's code (`sync:network`, `print:no_printer`, `js:TypeError`) in words. */
export function errorWords(code: string): ErrorWords {
  const colon = code.indexOf(':');
  const place = colon < 0 ? code : code.slice(0, colon);
  const detail = colon < 0 ? '' : code.slice(colon + 1);
  if (!isPlace(place)) return { place: null, words: null };
  switch (place) {
    case 'site-file':
      return {
        place,
        words: (SITE_FILE_READ_PROBLEMS as readonly string[]).includes(detail)
          ? { family: 'siteFile', key: detail }
          : null,
      };
    case 'print':
      return { place, words: printErrorWords(detail) };
    case 'js':
    case 'reset':
      // The error's class name (TypeError) says what failed, never about whom (error-ring.ts).
      return { place, words: { family: 'failure', key: place, values: { name: detail } } };
    default:
      return { place, words: failureWords(detail) };
  }
}
