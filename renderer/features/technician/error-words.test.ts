import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json';
import { ERROR_PLACES, errorWords, FAILURE_CODES, PRINT_ERRORS } from './error-words';
import { SITE_FILE_READ_PROBLEMS } from '../setup/site-file-problems';

/** The UI string an i18n key names, or undefined. */
function text(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : undefined;
}
const FAMILY_PREFIX = {
  failure: 'technician.failure',
  print: 'technician.printError',
  siteFile: 'setup.siteFile.problem',
};

/** Every code the kiosk notes in the recent-errors ring (grep noteError). */
const RING_CODES = [
  ...['sync', 'enroll', 'enroll-preview', 'connection'].flatMap((place) =>
    FAILURE_CODES.map((c) => `${place}:${c}`),
  ),
  'connection:invalid_url',
  'connection:hub_not_allowed',
  'connection:blocked_by_page',
  'enroll-preview:blocked_by_page',
  ...SITE_FILE_READ_PROBLEMS.map((p) => `site-file:${p}`),
  ...PRINT_ERRORS.map((p) => `print:${p}`),
  'js:TypeError',
  'reset:QuotaExceededError',
];

describe('recent errors in words', () => {
  it.each(RING_CODES)('%s is said in words, with where it happened', (code) => {
    const said = errorWords(code);
    expect(said.place).not.toBeNull();
    expect(text(`technician.errorPlace.${said.place}`)).toBeDefined();
    expect(said.words).not.toBeNull();
    const words = said.words!;
    expect(text(`${FAMILY_PREFIX[words.family]}.${words.key}`)).toBeDefined();
  });

  it('names a hub code the way a technician reads it', () => {
    expect(errorWords('sync:hub_unreachable')).toEqual({
      place: 'sync',
      words: { family: 'failure', key: 'hub_unreachable' },
    });
    expect(errorWords('js:TypeError').words?.values).toEqual({ name: 'TypeError' });
  });

  it('keeps the bare code for what it does not know, never guessing', () => {
    expect(errorWords('other')).toEqual({ place: null, words: null });
    expect(errorWords('sync:something_new')).toEqual({ place: 'sync', words: null });
    expect(errorWords('print:paper_jam').words).toEqual({
      family: 'print',
      key: 'other',
      values: { code: 'paper_jam' },
    });
  });

  it('covers every place the kiosk notes errors from', () => {
    expect(new Set(RING_CODES.map((c) => c.split(':')[0]))).toEqual(new Set(ERROR_PLACES));
  });
});
