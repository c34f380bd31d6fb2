import { describe, expect, it } from 'vitest';
import { CORE_SERVICE_IDS, PROMPT_KEYS } from '../ids';
import { parseCatalogue } from '../validate';
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
    ['limitation', '第一百八十八条', 'Article 188'],
    ['property-registration', '第二百零九条', 'Article 209'],
    ['divorce-cooling-off', '第一千零七十七条', 'Article 1077'],
    ['support-payments', '第一千零六十七条', 'Article 1067'],
    ['statutory-heirs', '第一千一百二十七条', 'Article 1127'],
    ['will-forms', '第一千一百四十二条', '1142'],
    ['domestic-violence', '反家庭暴力法》第二十三条', 'Anti-Domestic Violence Law, Article 23'],
    ['double-wages', '劳动合同法》第八十二条', 'Labour Contract Law, Article 82'],
    ['labour-arbitration', '第二十七条、第五十三条', 'Articles 27 and 53'],
  ])('the "%s" tip names its law and article', (id, zhSource, enSource) => {
    const t = tip(id);
    expect(zh(t.sourceKey)).toContain(zhSource);
    expect(en(t.sourceKey)).toContain(enSource);
  });

  it('every source names a PRC law and an article', () => {
    for (const t of catalogue.tips.filter((x) => x.sourceKey)) {
      expect(zh(t.sourceKey)).toMatch(/^《中华人民共和国.+》第.+条/);
      expect(en(t.sourceKey)).toMatch(/PRC|Civil Code of the PRC/);
      expect(en(t.sourceKey)).toMatch(/Article/);
    }
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

  it('says the Xuhui Legal Aid Centre decides', () => {
    expect(zh(la.decidesKey)).toContain('由徐汇区法律援助中心审查决定');
    expect(en(la.decidesKey)).toContain(
      'Xuhui District Legal Aid Centre reviews your application and decides',
    );
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
      goodSamaritan: 32,
      abuseVictim: 32,
    });
    expect(zh(la.sourceArt31Key)).toBe('《中华人民共和国法律援助法》第三十一条、第四十一条');
    expect(zh(la.sourceArt32Key)).toBe('《中华人民共和国法律援助法》第三十二条');
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
