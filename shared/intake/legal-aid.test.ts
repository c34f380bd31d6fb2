import { describe, expect, it } from 'vitest';
import { defaultCatalogue as catalogue } from '../catalogue/default';
import type { LegalAidMatter } from '../catalogue/schema';
import {
  PROOF_BRING_TIP_ID,
  PROOF_GROUPS_TIP_ID,
  PROOF_HINT_TIP_ID,
  prescreen,
  proofGroupsQuestion,
} from './legal-aid';

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
    expect(en(result.sourceKey)).toBe('PRC Legal Aid Law, Articles 32 and 38');
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
    expect(zh(result.sourceKey)).toContain('第三十八条');
  });

  it.each(['yes', 'unsure', null] as const)(
    'money is hard (%s): also told that proof of an Art. 42 group spares the finances check',
    (hardship) => {
      const result = prescreen(catalogue, matter('labourPay'), hardship);
      const bring = result.bringKeys.map(zh).join('\n');
      expect(bring).toContain('就不用再审查您家的经济困难状况');
      expect(bring).toContain('要求支付工资、工伤赔偿的进城务工人员');
      expect(result.bringKeys).toEqual(expect.arrayContaining(catalogue.legalAid.bringKeys));
      expect(zh(result.sourceKey)).toContain('第四十二条');
    },
  );

  it('a catalogue without the Art. 42 hint still screens, citing Art. 31 alone', () => {
    const older = { ...catalogue, tips: catalogue.tips.filter((t) => t.id !== PROOF_HINT_TIP_ID) };
    const result = prescreen(older, matter('labourPay'), 'yes');
    expect(result.outcome).toBe('mayQualify');
    expect(result.bringKeys).toEqual(catalogue.legalAid.bringKeys);
    expect(result.sourceKey).toBe(catalogue.legalAid.sourceArt31Key);
  });

  it('"no" still sends the resident to ask, because the centre decides', () => {
    const result = prescreen(catalogue, matter('labourPay'), 'no');
    expect(zh(result.textKey)).toContain('由法律援助中心决定');
    expect(en(result.textKey)).toMatch(/Legal Aid Centre decides.*ask the volunteer/);
  });
});

describe('Art. 42: some people need not prove hardship (法律援助法第四十二条)', () => {
  it('asks an Art. 31 resident who says "no hardship" whether they are in an Art. 42 group', () => {
    const question = proofGroupsQuestion(catalogue, matter('socialBenefits'), 'no');
    expect(question).not.toBeNull();
    const groups = question?.groupKeys.map(zh).join('\n') ?? '';
    for (const words of [
      '没有固定生活来源的未成年人、老年人、残疾人',
      '社会救助对象',
      '司法救助对象',
      '优抚对象',
      '进城务工人员，要求支付劳动报酬（工资）或者工伤事故人身损害赔偿',
    ]) {
      expect(groups).toContain(words);
    }
    expect(zh(question?.sourceKey ?? '')).toBe('《中华人民共和国法律援助法》第四十二条');
  });

  it.each(['yes', 'unsure', null] as const)('does not ask when hardship is %s', (hardship) => {
    expect(proofGroupsQuestion(catalogue, matter('labourPay'), hardship)).toBeNull();
  });

  it('does not ask for Art. 32 matters, which have no hardship test at all', () => {
    expect(proofGroupsQuestion(catalogue, matter('abuseVictim'), 'no')).toBeNull();
  });

  it('"no hardship" but in a group: may still qualify, with the proof to bring and Art. 42', () => {
    const result = prescreen(catalogue, matter('labourPay'), 'no', true);
    expect(result.outcome).toBe('mayQualifyWithProof');
    expect(zh(result.textKey)).toContain('您仍然可能符合申请法律援助的条件');
    expect(en(result.textKey)).toContain('you may still qualify for legal aid');
    const bring = result.bringKeys.map(zh).join('\n');
    for (const words of ['低保证明', '特困证明', '优抚证件', '残疾人证', '劳动合同', '工资记录']) {
      expect(bring).toContain(words);
    }
    expect(result.bringKeys).toEqual(expect.arrayContaining(catalogue.legalAid.bringKeys));
    expect(en(result.sourceKey)).toBe('PRC Legal Aid Law, Articles 38 and 42');
  });

  it.each([false, null] as const)(
    '"no hardship" and in no group (%s): unlikely, but ask',
    (inGroup) => {
      const result = prescreen(catalogue, matter('labourPay'), 'no', inGroup);
      expect(result.outcome).toBe('unlikelyButAsk');
    },
  );

  it.each([PROOF_GROUPS_TIP_ID, PROOF_BRING_TIP_ID])(
    'a catalogue without the "%s" tip skips the question and falls back to "unlikely, but ask"',
    (id) => {
      const older = { ...catalogue, tips: catalogue.tips.filter((t) => t.id !== id) };
      expect(proofGroupsQuestion(older, matter('labourPay'), 'no')).toBeNull();
      expect(prescreen(older, matter('labourPay'), 'no', true).outcome).toBe('unlikelyButAsk');
    },
  );
});

it('always says what to bring, and no outcome is worded as a decision', () => {
  for (const m of catalogue.legalAid.matters) {
    for (const hardship of ['yes', 'no', 'unsure', null] as const) {
      for (const inGroup of [true, false, null] as const) {
        const result = prescreen(catalogue, m, hardship, inGroup);
        expect(result.bringKeys).toEqual(expect.arrayContaining(catalogue.legalAid.bringKeys));
        expect(en(result.textKey)).toMatch(/may/);
        expect(en(result.textKey)).not.toMatch(/you qualify|you will get/i);
      }
    }
  }
});
