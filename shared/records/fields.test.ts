import { describe, expect, it } from 'vitest';
import { isMainlandMobile, maskPhone, phoneProblem } from './phone';
import { surnameProblem } from './surname';
import { formatTicket, localDay, localIso } from './ticket';
import { uuidv7, UUID_V7_PATTERN } from '../ids';

describe('phone numbers', () => {
  it.each([
    ['13812345678', null],
    ['19912345678', null],
    ['1381234567', 'tooShort'],
    ['138123456789', 'tooLong'],
    ['12812345678', 'notMobile'],
    ['23812345678', 'notMobile'],
    ['1381234567a', 'notDigits'],
    ['+8613812345678', 'notDigits'],
  ])('%s -> %s', (input, problem) => {
    expect(phoneProblem(input)).toBe(problem);
    expect(isMainlandMobile(input)).toBe(problem === null);
  });

  it('masks all but the last four digits', () => {
    expect(maskPhone('13812345678')).toBe('*******5678');
  });
});

describe('surnames', () => {
  it.each([
    ['王', null],
    ['欧阳', null],
    ['Li', null],
    ['', null],
    ['王小明明明', 'tooLong'],
    ['<b>', 'invalid'],
    ['王1', 'invalid'],
  ])('%s -> %s', (input, problem) => {
    expect(surnameProblem(input)).toBe(problem);
  });
});

describe('tickets and times', () => {
  it('formats queue numbers with three digits', () => {
    expect(formatTicket(7)).toBe('A-007');
    expect(formatTicket(123, 'B')).toBe('B-123');
    expect(() => formatTicket(0)).toThrow(RangeError);
    expect(() => formatTicket(10_000)).toThrow(RangeError);
  });

  it('uses the local calendar day and a local ISO time with offset', () => {
    const d = new Date(2026, 0, 2, 3, 4, 5);
    expect(localDay(d)).toBe('2026-01-02');
    expect(localIso(d)).toMatch(/^2026-01-02T03:04:05[+-]\d{2}:\d{2}$/);
  });
});

describe('uuidv7', () => {
  it('makes RFC 9562 v7 ids that sort by creation time', () => {
    const a = uuidv7(1_700_000_000_000);
    const b = uuidv7(1_700_000_000_001);
    expect(a).toMatch(UUID_V7_PATTERN);
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => uuidv7())).size).toBe(1000);
  });
});
