import { describe, expect, it } from 'vitest';
import { defaultCatalogue as catalogue } from '../catalogue/default';
import type { LegalAidMatter } from '../catalogue/schema';
import { prescreen } from './legal-aid';

function matter(id: string): LegalAidMatter {
  const m = catalogue.legalAid.matters.find((x) => x.id === id);
  if (!m) throw new Error(`no matter ${id}`);
  return m;
}

const zh = (key: string) => catalogue.strings['zh-CN'][key];
const en = (key: string) => catalogue.strings.en[key];

describe('Art. 32 matters (no financial-hardship test)', () => {
  it.each(['yes', 'no', 'unsure', null] as const)('ignore the hardship answer (%s)', (hardship) => {
    const result = prescreen(catalogue, matter('abuseVictim'), hardship);
    expect(result.outcome).toBe('noHardshipTest');
    expect(result.textKey).toBe(catalogue.legalAid.noHardshipTestKey);
    expect(en(result.sourceKey)).toBe('PRC Legal Aid Law, Article 32');
  });
});

describe('Art. 31 matters (financial hardship)', () => {
  it.each([
    ['yes', 'mayQualify'],
    ['unsure', 'mayQualify'],
    [null, 'mayQualify'],
    ['no', 'unlikelyButAsk'],
  ] as const)('hardship %s gives %s', (hardship, outcome) => {
    const result = prescreen(catalogue, matter('supportPayments'), hardship);
    expect(result.outcome).toBe(outcome);
    expect(zh(result.sourceKey)).toContain('第三十一条');
  });

  it('"no" still sends the resident to ask, because the centre decides', () => {
    const result = prescreen(catalogue, matter('labourPay'), 'no');
    expect(zh(result.textKey)).toContain('由法律援助中心决定');
    expect(en(result.textKey)).toMatch(/Legal Aid Centre decides.*ask the volunteer/);
  });
});

it('always says what to bring, and no outcome is worded as a decision', () => {
  for (const m of catalogue.legalAid.matters) {
    for (const hardship of ['yes', 'no', 'unsure', null] as const) {
      const result = prescreen(catalogue, m, hardship);
      expect(result.bringKeys).toEqual(catalogue.legalAid.bringKeys);
      expect(en(result.textKey)).toMatch(/may/);
    }
  }
});
