import { describe, expect, it } from 'vitest';
import { answered, serviceIds, tipIds } from '../../intake/all-paths';
import { contentChecks } from './content-checks';
import { defaultCatalogue as catalogue } from './index';

/**
 * Answers residents need, walked over every path: which tip and which service each branch leads
 * to, and where the Legal Aid Law's no-hardship route (Art. 32) may and may not be promised.
 */
const { zh, en, tip, tipZh, where, pathsWhere } = contentChecks(catalogue);
const options = catalogue.flows.flatMap((f) =>
  f.questions.flatMap((q) => q.options.map((o) => ({ prompt: f.prompt, question: q, option: o }))),
);
const article = (matterId: string | undefined) =>
  catalogue.legalAid.matters.find((m) => m.id === matterId)?.article;

describe('Legal Aid Law Art. 32 (no hardship test) is offered only where it applies', () => {
  it('Art. 32(2) is reached only by acting bravely (见义勇为), worded alike in both languages', () => {
    const brave = options.filter((x) => x.option.legalAid === 'goodSamaritan');
    expect(brave.length).toBeGreaterThan(0);
    for (const { option } of brave) {
      expect(zh(option.labelKey)).toContain('见义勇为');
      expect(zh(option.labelKey)).not.toContain('帮助别人');
      expect(en(option.labelKey)).toContain('help someone in danger');
    }
  });

  it('neglect of an elder leads to a support claim (Art. 31), not to the no-hardship route', () => {
    for (const { option } of options.filter((x) => article(x.option.legalAid) === 32)) {
      expect(zh(option.labelKey), option.id).not.toContain('不管');
    }
    const neglect = options.find(
      (x) => x.question.id === 'elderNeed' && x.option.id === 'neglected',
    );
    expect(neglect?.option.legalAid).toBe('supportPayments');
    expect(zh('family.a.elderNeed.mistreated')).toBe('有人打骂、虐待或者遗弃老人');
  });

  it('the no-hardship outcome says the centre decides whether the matter is of that kind', () => {
    expect(zh(catalogue.legalAid.noHardshipTestKey)).toContain(
      '如果您的事属于法律列出的这类情形（由法律援助中心认定）',
    );
    expect(en(catalogue.legalAid.noHardshipTestKey)).toContain('decides whether it is');
  });

  it('state compensation shows that an acquittal on retrial needs no hardship test (Art. 32(3))', () => {
    for (const path of pathsWhere((p) =>
      answered(p, 'dispute', 'otherKind', ['stateCompensation']),
    )) {
      expect(tipIds(path), where(path)).toContain('state-compensation');
      expect(tipIds(path), where(path)).not.toContain('limitation');
    }
    expect(tipZh('state-compensation')).toContain('因为再审改判无罪请求国家赔偿的');
    expect(zh(tip('state-compensation').sourceKey)).toContain('第三十二条');
  });
});

describe('where to apply for legal aid (Art. 38)', () => {
  it('says the deciding centre may be in another district, and cites Art. 38', () => {
    const la = catalogue.legalAid;
    expect(zh(la.decidesKey)).toContain('不一定是徐汇区法律援助中心');
    expect(en(la.decidesKey)).toContain('may not be the Xuhui District Legal Aid Centre');
    expect(zh(la.sourceArt31Key)).toContain('第三十八条');
    expect(zh(la.sourceArt32Key)).toContain('第三十八条');
  });
});

describe('anti-fraud: "I have already paid"', () => {
  it('every such path shows what to do now first, and each of its questions says call 110 and the bank', () => {
    for (const path of pathsWhere((p) => answered(p, 'payment', 'payee', ['alreadyPaid']))) {
      expect(tipIds(path)[0], where(path)).toBe('already-paid');
      for (const { question } of path.chosen.slice(1)) {
        expect(zh(question.helpKey), question.id).toContain('银行');
      }
    }
    const text = tipZh('already-paid');
    expect(text).toContain('马上打110报警');
    expect(text).toContain('请银行尽量拦住这笔钱');
    expect(zh('payment.q.paidPolice.help')).toContain('请现在就打110');
    expect(tipZh('anti-fraud')).toContain('钱已经转出去了，马上打110报警');
  });
});

describe('elder planning (Civil Code Art. 33)', () => {
  it('a clear-headed elder can choose a future guardian, with the notary office', () => {
    for (const path of pathsWhere((p) => answered(p, 'family', 'planNeed', ['guardian']))) {
      expect(tipIds(path), where(path)).toContain('chosen-guardian');
      expect(path.result.services[0], where(path)).toEqual({
        id: 'notary',
        reasonKey: 'reason.notary.guardianship',
      });
    }
    expect(tipZh('chosen-guardian')).toContain('用书面形式确定自己的监护人');
    expect(zh(tip('chosen-guardian').sourceKey)).toBe('《中华人民共和国民法典》第三十三条');
  });

  it('planning ahead never leads to declaring incapacity or to a capacity appraisal', () => {
    for (const path of pathsWhere((p) => answered(p, 'family', 'elderState', ['planning']))) {
      expect(path.result.legalAid?.id, where(path)).not.toBe('civilCapacity');
      expect(serviceIds(path), where(path)).not.toContain('forensic');
    }
  });
});

describe('inheritance (Civil Code Arts. 1124, 1130, 1141, 1153)', () => {
  it('handling an estate shows how to accept or renounce, and the legatee’s 60 days', () => {
    const estates = pathsWhere(
      (p) =>
        answered(p, 'inheritance', 'situation', ['afterDeath']) ||
        answered(p, 'property', 'how', ['inherit']),
    );
    for (const path of estates) expect(tipIds(path), where(path)).toContain('inheritance-accept');
    expect(tipZh('inheritance-accept')).toContain('要在遗产处理前，用书面形式表示放弃');
    expect(tipZh('inheritance-accept')).toContain('六十日内');
  });

  it('disputes about shares or care, and family disagreement, show how an estate is shared', () => {
    const disputes = pathsWhere(
      (p) =>
        answered(p, 'inheritance', 'disputeAbout', ['shares', 'care']) ||
        answered(p, 'inheritance', 'heirsAgree', ['disagree']),
    );
    for (const path of disputes) expect(tipIds(path), where(path)).toContain('estate-shares');
    const text = tipZh('estate-shares');
    expect(text).toContain('先分出一半归配偶');
    expect(text).toContain('和他一起生活的继承人，分遗产时可以多分');
    expect(text).toContain('缺乏劳动能力又没有生活来源的继承人');
  });
});

describe('giving a home (Civil Code Arts. 658, 663, 366-368)', () => {
  it('every gift path says when a gift can be revoked; "can I still live there" gets residence', () => {
    for (const path of pathsWhere((p) => answered(p, 'property', 'how', ['gift']))) {
      expect(tipIds(path), where(path)).toContain('home-gift');
    }
    for (const path of pathsWhere((p) => answered(p, 'property', 'giftWorry', ['keepLiving']))) {
      expect(tipIds(path), where(path)).toContain('right-of-residence');
    }
    expect(tipZh('home-gift')).toContain('经过公证的赠与合同');
    expect(tipZh('home-gift')).toContain('一年内撤销赠与');
    expect(tipZh('right-of-residence')).toContain('居住权自登记时设立');
  });
});

describe('people’s mediation (People’s Mediation Law Arts. 4 and 33)', () => {
  it('is shown only beside the mediation service, and says free and judicial confirmation', () => {
    for (const path of pathsWhere((p) => tipIds(p).includes('mediation'))) {
      expect(serviceIds(path), where(path)).toContain('mediation');
    }
    expect(tipZh('mediation')).toContain('人民调解不收费');
    expect(tipZh('mediation')).toContain('三十日内，一起向法院申请司法确认');
    expect(tipZh('mediation')).toContain('申请强制执行');
  });
});

describe('the notary and lawyer matters the plan names', () => {
  it('kinship and no-criminal-record notarisations are reached and go to the notary office', () => {
    for (const path of pathsWhere((p) =>
      answered(p, 'family', 'notaryWhat', ['kinship', 'noRecord']),
    )) {
      expect(path.result.services, where(path)).toContainEqual({
        id: 'notary',
        reasonKey: 'reason.notary.certificate',
      });
    }
  });

  it('urban renewal is reached and goes to a lawyer', () => {
    for (const path of pathsWhere((p) => answered(p, 'property', 'how', ['renewal']))) {
      expect(path.result.services[0], where(path)).toEqual({
        id: 'lawyer',
        reasonKey: 'reason.lawyer.renewal',
      });
    }
    expect(zh('service.lawyer.summary')).toContain('城区更新改造');
  });
});
