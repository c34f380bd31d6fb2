import { describe, expect, it } from 'vitest';
import { CORE_SERVICE_IDS, PROMPT_KEYS } from '../ids';
import { parseCatalogue } from '../validate';
import { allPaths } from '../../intake/all-paths';
import { recommend } from '../../intake/recommend';
import { defaultCatalogue as catalogue } from './index';

const zh = (key: string | undefined) =>
  key === undefined ? '' : (catalogue.strings['zh-CN'][key] ?? '');
const en = (key: string | undefined) =>
  key === undefined ? '' : (catalogue.strings.en[key] ?? '');
const HAN = /\p{Script=Han}/u;

it('passes full validation unchanged', () => {
  expect(parseCatalogue(catalogue)).toEqual({ ok: true, value: catalogue });
});

describe('the seven prompts', () => {
  const printed: Record<string, [string, string]> = {
    contract: ['合同签订来坐坐', 'Signing a contract? Come and sit with us'],
    property: ['房产过户来坐坐', 'Transferring a property? Come and sit with us'],
    payment: ['大额付款来坐坐', 'Making a large payment? Come and sit with us'],
    dispute: ['纠纷隐忧来坐坐', 'A dispute or a worry? Come and sit with us'],
    family: ['婚姻家事来聊聊', 'Marriage or family matters? Come and chat'],
    inheritance: ['继承知识来问问', 'Questions about inheritance? Come and ask'],
    labour: ['劳动权益来学学', 'Your rights at work? Come and learn'],
  };

  it('come in the printed order with the exact printed words', () => {
    expect(catalogue.flows.map((f) => f.prompt)).toEqual([...PROMPT_KEYS]);
    for (const flow of catalogue.flows) {
      expect([zh(flow.titleKey), en(flow.titleKey)]).toEqual(printed[flow.prompt]);
      expect(flow.icon).not.toBe('');
      expect(zh(flow.blurbKey)).toMatch(HAN);
    }
  });
});

it('declares the six services with their linkage teams', () => {
  const teams = Object.fromEntries(
    catalogue.services.map((s) => [s.id, [zh(s.nameKey), zh(s.teamKey)]]),
  );
  expect(catalogue.services.map((s) => s.id)).toEqual([...CORE_SERVICE_IDS]);
  expect(teams).toEqual({
    lawyer: ['律师咨询', '志愿律师团'],
    notary: ['公证服务', '徐汇公证处'],
    mediation: ['人民调解', '人民调解委员会'],
    legalAid: ['法律援助', '徐汇区法律援助中心'],
    forensic: ['司法鉴定', '司法鉴定青年志愿团队'],
    publicity: ['法治宣传', '区司法局法治宣传'],
  });
});

describe('tips', () => {
  const tip = (id: string) => {
    const found = catalogue.tips.find((t) => t.id === id);
    if (!found) throw new Error(`no tip ${id}`);
    return found;
  };

  it('the anti-fraud checklist covers the safe-account trick, codes and the hotlines', () => {
    const items = tip('anti-fraud').itemKeys;
    const zhText = items.map(zh).join('\n');
    const enText = items.map(en).join('\n');
    for (const words of ['安全账户', '验证码', '110', '96110']) expect(zhText).toContain(words);
    for (const words of ['safe account', 'verification code', '110', '96110'])
      expect(enText).toContain(words);
  });

  it.each([
    ['limitation', '第一百八十八条、第一百九十五条、第一百九十六条', 'Articles 188, 195 and 196'],
    ['contract-cancel', '第一百四十七条至第一百五十二条', 'Articles 147 to 152'],
    ['home-gift', '第六百五十八条、第六百六十三条', 'Articles 658 and 663'],
    ['right-of-residence', '第三百六十六条至第三百六十八条', 'Articles 366 to 368'],
    ['mediation', '人民调解法》第四条、第三十三条', 'Mediation Law, Articles 4 and 33'],
    ['chosen-guardian', '民法典》第三十三条', 'Civil Code of the PRC, Article 33'],
    [
      'estate-shares',
      '第一千一百三十条、第一千一百四十一条、第一千一百五十三条',
      'Articles 1130, 1141 and 1153',
    ],
    ['inheritance-accept', '第一千一百二十四条', 'Article 1124'],
    ['property-registration', '第二百零九条', 'Article 209'],
    ['divorce-cooling-off', '第一千零七十七条', 'Article 1077'],
    ['support-payments', '第一千零六十七条', 'Article 1067'],
    [
      'statutory-heirs',
      '第一千一百二十七条、第一千一百二十八条、第一千一百二十九条',
      'Articles 1127, 1128 and 1129',
    ],
    [
      'will-forms',
      '第一千一百三十四条至第一千一百四十条、第一千一百四十二条',
      'Articles 1134 to 1140 and 1142',
    ],
    ['legal-aid-proof-groups', '法律援助法》第四十二条', 'Legal Aid Law, Article 42'],
    ['legal-aid-proof-bring', '第三十八条、第四十二条', 'Articles 38 and 42'],
    ['legal-aid-proof-hint', '第四十一条、第四十二条', 'Articles 31, 38, 41 and 42'],
    ['state-compensation', '法律援助法》第三十一条、第三十二条', 'Articles 31 and 32'],
    ['domestic-violence', '反家庭暴力法》第二十三条', 'Anti-Domestic Violence Law, Article 23'],
    ['double-wages', '劳动合同法》第八十二条', 'Labour Contract Law, Article 82'],
    ['labour-arbitration', '第二十七条、第五十三条', 'Articles 27 and 53'],
    ['severance', '劳动合同法》第四十七条、第八十七条', 'Labour Contract Law, Articles 47 and 87'],
    [
      'work-injury',
      '《工伤保险条例》第十七条、第二十一条至第二十三条',
      'Work Injury Insurance Regulations, Articles 17 and 21 to 23',
    ],
  ])('the "%s" tip names its law and article', (id, zhSource, enSource) => {
    const t = tip(id);
    expect(zh(t.sourceKey)).toContain(zhSource);
    expect(en(t.sourceKey)).toContain(enSource);
  });

  it('every source names a PRC law (or the State Council’s work-injury regulations) and an article', () => {
    for (const t of catalogue.tips.filter((x) => x.sourceKey)) {
      for (const part of zh(t.sourceKey).split('；')) {
        expect(part, t.id).toMatch(/^《(中华人民共和国.+|工伤保险条例)》第.+条$/);
      }
      for (const part of en(t.sourceKey).split('; ')) {
        expect(part, t.id).toMatch(
          /^(PRC .+|Civil Code of the PRC|Work Injury Insurance Regulations), Articles? \d/,
        );
      }
    }
  });

  const itemsZh = (id: string) => tip(id).itemKeys.map(zh).join('\n');
  const itemsEn = (id: string) => tip(id).itemKeys.map(en).join('\n');

  it('statutory heirs: second order only when no first-order heir inherits; representation; Art. 1129', () => {
    expect(itemsZh('statutory-heirs')).toContain('第一顺序没有人继承的');
    expect(itemsZh('statutory-heirs')).toContain('都放弃了、都失去了继承权');
    expect(itemsZh('statutory-heirs')).toContain('代位继承');
    expect(itemsZh('statutory-heirs')).toContain(
      '丧偶的儿媳对公婆、丧偶的女婿对岳父母，尽了主要赡养义务的，也是第一顺序继承人',
    );
    expect(itemsEn('statutory-heirs')).toContain('Only when no one first in line inherits');
    expect(itemsEn('statutory-heirs')).toContain('inheritance by representation');
    expect(itemsEn('statutory-heirs')).toMatch(/widowed daughter-in-law.*first in line/);
  });

  it('child support covers adult children who cannot live independently (Civil Code Art. 1067)', () => {
    expect(itemsZh('support-payments')).toContain('不能独立生活的成年子女');
    expect(itemsZh('support-payments')).toContain('缺乏劳动能力或者生活困难的父母');
    expect(itemsEn('support-payments')).toContain('an adult child who cannot live independently');
  });

  it('a spoken will lapses after the emergency and the witness rules are stated (Arts. 1138, 1140)', () => {
    expect(itemsZh('will-forms')).toContain(
      '危急情况过去后，能用书面或者录音录像立遗嘱的，这份口头遗嘱就无效了',
    );
    expect(itemsZh('will-forms')).toContain('继承人、受遗赠人；和继承人、受遗赠人有利害关系的人');
    expect(itemsEn('will-forms')).toContain('the spoken will is no longer valid');
    expect(itemsEn('will-forms')).toContain('These people cannot be witnesses');
  });

  it('the notary summary names the notary matters the plan lists, in one sentence', () => {
    const notary = catalogue.services.find((x) => x.id === 'notary');
    expect(zh(notary?.summaryKey)).toContain('无犯罪记录');
    expect(zh(notary?.summaryKey)).toContain('声明');
    expect(en(notary?.summaryKey)).toContain('no-criminal-record');
    expect(zh(notary?.summaryKey).match(/。/g)).toHaveLength(1);
  });

  it('the notary list says only what we know and defers to the notary office', () => {
    expect(tip('notary-documents').itemKeys.map(en)).toEqual([
      'Your ID card and household register (hukou booklet).',
      'Papers about the matter, such as the property certificate; for an inheritance, the death certificate.',
      'The notary office will tell you the exact list.',
    ]);
  });
});

describe('legal aid pre-screen', () => {
  const la = catalogue.legalAid;

  it('says a legal aid centre decides, which may not be Xuhui’s (Art. 38)', () => {
    expect(zh(la.decidesKey)).toContain('由法律援助中心审查决定');
    expect(zh(la.decidesKey)).toContain('不一定是徐汇区法律援助中心');
    expect(en(la.decidesKey)).toContain('A legal aid centre reviews your application and decides');
    expect(en(la.decidesKey)).toContain('it may not be the Xuhui District Legal Aid Centre');
  });

  it('names no day counts or income thresholds (they are not verified)', () => {
    const texts = [
      la.mayQualifyKey,
      la.noHardshipTestKey,
      la.unlikelyKey,
      la.decidesKey,
      la.hardshipQuestionKey,
      ...la.bringKeys,
    ];
    for (const key of texts) {
      expect(zh(key)).not.toMatch(/\d|[一二两三四五六七八九十百千]+个?(工作)?[日天]|元/);
      expect(en(key)).not.toMatch(/\d|\bdays?\b|yuan|RMB/i);
    }
  });

  it('puts each matter under the article that lists it', () => {
    const byArticle = Object.fromEntries(la.matters.map((m) => [m.id, m.article]));
    expect(byArticle).toEqual({
      supportPayments: 31,
      labourPay: 31,
      civilCapacity: 31,
      injuryDamages: 31,
      socialBenefits: 31,
      fuxujin: 31,
      stateCompensation: 31,
      goodSamaritan: 32,
      abuseVictim: 32,
    });
    expect(zh(la.sourceArt31Key)).toBe(
      '《中华人民共和国法律援助法》第三十一条、第三十八条、第四十一条',
    );
    expect(zh(la.sourceArt32Key)).toBe('《中华人民共和国法律援助法》第三十二条、第三十八条');
  });
});

describe('every legal-aid matter is reachable', () => {
  const reached = new Map<string, string>();
  for (const flow of catalogue.flows) {
    for (const state of allPaths(catalogue, flow.prompt)) {
      const m = recommend(catalogue, state).legalAid;
      if (m && !reached.has(m.id)) reached.set(m.id, flow.prompt);
    }
  }

  it('some answer in some flow leads to the pre-screen for each matter', () => {
    expect([...reached.keys()].sort()).toEqual(catalogue.legalAid.matters.map((m) => m.id).sort());
  });

  it.each([
    ['socialBenefits', 'labour'],
    ['fuxujin', 'inheritance'],
    ['stateCompensation', 'dispute'],
  ])('%s is reached from the %s flow', (matter, prompt) => {
    expect(reached.get(matter)).toBe(prompt);
  });
});

describe('sensitive answers', () => {
  const marks = (prompt: string, questionId: string) =>
    catalogue.flows
      .find((f) => f.prompt === prompt)
      ?.questions.find((q) => q.id === questionId)
      ?.options.map((o) => o.sensitive);

  it('every answer after "violence at home" is marked, so none is kept without consent', () => {
    expect(marks('family', 'safeNow')).toEqual([
      'domesticViolence',
      'domesticViolence',
      'domesticViolence',
    ]);
    expect(marks('family', 'dvWho')).toEqual([
      'domesticViolence',
      'minor',
      'domesticViolence',
      'domesticViolence',
    ]);
    expect(marks('family', 'dvHelp')?.every((k) => k === 'domesticViolence')).toBe(true);
  });

  it('every answer about an injury is marked as health information', () => {
    expect(marks('dispute', 'injuryHow')?.every((k) => k === 'health')).toBe(true);
    expect(marks('labour', 'injuryTreated')?.every((k) => k === 'health')).toBe(true);
    expect(marks('labour', 'injuryEmployer')?.every((k) => k === 'health')).toBe(true);
    expect(marks('dispute', 'workStage')?.every((k) => k === 'health')).toBe(true);
  });
});

it('writes Chinese in zh-CN and no Chinese in en', () => {
  for (const [key, text] of Object.entries(catalogue.strings['zh-CN'])) {
    expect(text, key).toMatch(HAN);
  }
  for (const [key, text] of Object.entries(catalogue.strings.en)) {
    expect(text, key).not.toMatch(HAN);
  }
});
