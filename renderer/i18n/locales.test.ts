import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import zhCN from './locales/zh-CN.json';
import en from './locales/en.json';
import { FOCUS_GROUPS, HOME_VISIT_REASONS, SENSITIVE_KINDS } from '../../shared/catalogue/ids';
import {
  CASE_EVENT_TYPES,
  REPORT_CHANNELS,
  SATISFACTION_TAGS,
  URGENCIES,
} from '../../shared/cases/events';
import { CASE_STATUSES, IGNORED_REASONS, TEAM_STAGES } from '../../shared/cases/derive';
import { CASE_LISTS } from '../../shared/cases/lists';
import { SETUP_STEPS } from '../features/setup/setup-store';
import { DRAFT_FORMS } from '../features/desk/drafts';
import { CONNECTION_PROBLEMS } from '../features/setup/hub-check';
import { ENROLL_PROBLEMS } from '../features/setup/enroll-problem';
import { SUGGESTION_TOPICS } from '../../shared/suggestions/topics';
import { LABEL_SUGGESTIONS } from '../features/setup/DeviceLabelField';
import { SITE_FILE_READ_PROBLEMS } from '../features/setup/site-file-problems';
import { ERROR_PLACES, FAILURE_WORDS, PRINT_ERRORS } from '../features/technician/error-words';

/**
 * Every UI key the code uses exists in both languages, and every key in the files is used. Keys
 * built at run time (`contact.group.${g}`) are declared here with the values they can take, so a
 * new enum value without a translation fails this test.
 */
const DYNAMIC_FAMILIES: Record<string, readonly string[]> = {
  'consent.kind': SENSITIVE_KINDS,
  'contact.group': FOCUS_GROUPS,
  'contact.homeVisitReason': HOME_VISIT_REASONS,
  'contact.phoneProblem': ['tooShort', 'tooLong', 'notMobile', 'notDigits'],
  'contact.salutationOption': ['mr', 'ms', 'none'],
  'contact.surnameProblem': ['tooLong', 'invalid'],
  'legalAid.hardship': ['yes', 'unsure', 'no'],
  'save.error': ['quota', 'invalid', 'storage'],
  'ticket.print': ['idle', 'printing', 'printed', 'failed'],
  // Front desk (renderer/features/desk).
  'desk.draft.form': DRAFT_FORMS,
  'desk.event': CASE_EVENT_TYPES,
  'desk.ignored': IGNORED_REASONS,
  'desk.list': CASE_LISTS,
  'desk.outcome': ['solved', 'route', 'homeVisit'],
  'desk.problem': ['required', 'pastDate', 'futureTime', 'invalid'],
  'desk.reportHow': REPORT_CHANNELS,
  'desk.status': ['waiting', ...CASE_STATUSES],
  'desk.tab': ['queue', 'lists', 'search'],
  'desk.teamStage': TEAM_STAGES,
  'desk.urgency': URGENCIES,
  'satisfaction.score': ['1', '2', '3', '4', '5'],
  'satisfaction.tag': SATISFACTION_TAGS,
  // First-run wizard and technician mode (renderer/features/setup, technician).
  'setup.step': SETUP_STEPS,
  'setup.problem': CONNECTION_PROBLEMS,
  'setup.enrollProblem': ENROLL_PROBLEMS,
  'setup.siteFile.problem': SITE_FILE_READ_PROBLEMS,
  'setup.label.suggest': LABEL_SUGGESTIONS,
  'setup.language': ['zh', 'en'],
  'technician.syncResult': ['busy', 'ok', 'failed'],
  'technician.failure': [...FAILURE_WORDS, 'js', 'reset'],
  'technician.printError': [...PRINT_ERRORS, 'other'],
  'technician.errorPlace': ERROR_PLACES,
  'technician.reset.refused': ['confirmation', 'unsynced'],
  // The notice board's replies to suggestions (issue 12).
  'suggestion.topics': [...SUGGESTION_TOPICS, 'untagged'],
};

function flatten(obj: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object')
      for (const [k2, v2] of flatten(v as Record<string, unknown>, key)) out.set(k2, v2);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const rendererDir = join(import.meta.dirname, '..');
const sources = sourceFiles(rendererDir).map((p) => readFileSync(p, 'utf8'));
const staticKeys = new Set(
  sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((m) => m[1] ?? '')),
);
const dynamicPrefixes = new Set(
  sources.flatMap((s) =>
    [...s.matchAll(/\bt\(\s*`([a-zA-Z0-9_.]+)\.\$\{/g)].map((m) => m[1] ?? ''),
  ),
);
const zh = flatten(zhCN);
const english = flatten(en);
const expected = new Set([
  ...staticKeys,
  ...Object.entries(DYNAMIC_FAMILIES).flatMap(([prefix, values]) =>
    values.map((v) => `${prefix}.${v}`),
  ),
]);

describe('UI translations', () => {
  it('finds the keys the code uses (the scan itself works)', () => {
    expect(staticKeys.size).toBeGreaterThan(50);
    expect(staticKeys.has('home.title')).toBe(true);
  });

  it('declares every key family the code builds at run time', () => {
    expect([...dynamicPrefixes].sort()).toEqual(Object.keys(DYNAMIC_FAMILIES).sort());
  });

  it.each([
    ['zh-CN', zh],
    ['en', english],
  ])('%s has every key the code uses', (_name, strings) => {
    const missing = [...expected].filter((k) => !strings.has(k));
    expect(missing).toEqual([]);
  });

  it.each([
    ['zh-CN', zh],
    ['en', english],
  ])('%s has no unused key', (_name, strings) => {
    const unused = [...strings.keys()].filter((k) => !expected.has(k));
    expect(unused).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...zh].filter(
      ([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(english.get(k) ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...zh, ...english].filter(([, v]) => v.trim() === '')).toEqual([]);
  });
});
