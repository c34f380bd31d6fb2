import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/locales/en.json';
import { HUB_URL_PROBLEMS } from '../../../shared/hub-url';
import { ENROLL_PROBLEMS } from '../setup/enroll-problem';
import { SITE_FILE_READ_PROBLEMS } from '../setup/site-file-problems';
import { FAILURE_WORDS, PRINT_ERRORS } from './error-words';

/**
 * docs/deploy.md, "What a technician can see, and what to do": one row for every message a
 * technician can meet, listed here from the code's own lists of codes, so a new code without a
 * row fails (the failure prints the rows to fill in), and a row for a code that is gone fails too.
 */
const DOC = readFileSync(path.join(import.meta.dirname, '../../../docs/deploy.md'), 'utf8');

function text(key: string): string {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return typeof node === 'string' ? node : '';
}

const TABLES: { heading: string; codes: readonly string[]; words: (code: string) => string }[] = [
  { heading: 'Hub address', codes: HUB_URL_PROBLEMS, words: (c) => text(`setup.hub.${c}`) },
  {
    heading: 'Connection, code and room',
    codes: ENROLL_PROBLEMS,
    words: (c) => text(`setup.enrollProblem.${c}`),
  },
  {
    heading: 'Site file',
    codes: SITE_FILE_READ_PROBLEMS,
    words: (c) => text(`setup.siteFile.problem.${c}`),
  },
  {
    heading: 'Technician PIN',
    codes: ['mismatch', 'failed', 'wrong', 'locked'],
    words: (c) => text(`setup.pin.${c}`) || text(`technician.lock.${c}`),
  },
  {
    heading: 'Sync and recent errors',
    codes: [...FAILURE_WORDS, 'js', 'reset'],
    words: (c) => text(`technician.failure.${c}`),
  },
  {
    heading: 'Printer',
    codes: [...PRINT_ERRORS, 'other'],
    words: (c) => text(`technician.printError.${c}`),
  },
  {
    heading: 'Factory reset',
    codes: [...Object.keys(en.technician.reset.refused), 'failed'],
    words: (c) => text(`technician.reset.refused.${c}`) || text(`technician.reset.${c}`),
  },
];

/** The codes in the first column of the table under `#### <heading>`. */
function documentedCodes(heading: string): string[] {
  const lines = DOC.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`#### ${heading}`));
  if (at < 0) return [];
  const rows: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (line.startsWith('#')) break;
    if (line.startsWith('|')) rows.push(line);
  }
  return rows
    .slice(2) // the header and its separator
    .flatMap((row) => [...(row.split('|')[1] ?? '').matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? ''));
}

describe('docs/deploy.md: every error a technician can see', () => {
  it.each(TABLES)('$heading: a row for every code, and none for a code that is gone', (table) => {
    const documented = documentedCodes(table.heading);
    const missing = table.codes.filter((c) => !documented.includes(c));
    const toFill = missing.map((c) => `| \`${c}\` | ${table.words(c)} | (cause) | (what to do) |`);
    expect(toFill).toEqual([]);
    expect(documented.filter((c) => !table.codes.includes(c))).toEqual([]);
  });

  it('every code it checks has words on the screen', () => {
    for (const table of TABLES)
      for (const code of table.codes) expect(table.words(code)).not.toBe('');
  });
});
