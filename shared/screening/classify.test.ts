import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES } from './default-rules';
import { classify, ClassificationRules } from './rules';

/**
 * Requests as citizens tell them to 12345 (written from the kinds of orders a Xuhui street
 * receives), with the prompt and topic a street's justice office would file them under.
 */
const TEST_SET: [request: string, hotline: string, category: string, topic: string][] = [
  ['我在饭店打工三个月，老板一直拖欠工资不发，要求帮助讨薪', '劳动保障', 'labour', 'wage-arrears'],
  ['装修队干完活包工头跑了，工钱没拿到', '', 'labour', 'wage-arrears'],
  ['公司让我自动离职，不给经济补偿，也没签劳动合同', '劳动关系', 'labour', 'labour-contract'],
  ['单位不给交社保，想问怎么申请劳动仲裁', '', 'labour', 'labour-contract'],
  ['上班路上被车撞了，公司不认工伤', '', 'labour', 'labour-contract'],
  ['丈夫要离婚，孩子抚养权怎么判', '婚姻家庭', 'family', 'divorce'],
  ['前妻不让我探视孩子', '', 'family', 'divorce'],
  ['父亲八十多岁，三个子女不管老人，居委会协调无果', '', 'family', 'elder-support'],
  ['母亲一个人住，儿子不肯付赡养费', '', 'family', 'elder-support'],
  ['邻居家经常传出吵闹声，女方说丈夫家暴', '', 'family', 'domestic-violence'],
  ['父亲去世没有留遗嘱，房子怎么继承', '', 'inheritance', 'inheritance'],
  ['奶奶过世后几个子女为遗产争吵', '', 'inheritance', 'inheritance'],
  ['想给房产证加名，需要准备什么材料', '', 'property', 'property-transfer'],
  ['售后公房过户给女儿要交哪些税', '房屋管理', 'property', 'property-transfer'],
  ['旧改征收补偿方案不合理，要求说法', '', 'property', 'old-housing-renewal'],
  ['老小区加装电梯，一楼住户反对', '', 'property', 'old-housing-renewal'],
  ['房东不退押金，还说我损坏家具', '', 'contract', 'rental'],
  ['租房中介收了费不办事', '', 'contract', 'rental'],
  ['装修公司拖延工期，合同违约不赔', '', 'contract', 'renovation-consumer'],
  ['健身房关门了，预付卡里的钱退不出来', '消费维权', 'contract', 'renovation-consumer'],
  ['老人被推销保健品，说是高额回报的养老项目', '', 'payment', 'investment-fraud'],
  ['朋友拉我投资理财，现在血本无归，怀疑诈骗', '', 'payment', 'investment-fraud'],
  ['借给同事五万元，有借条，他一直不还钱', '', 'payment', 'loans'],
  ['楼上邻居天天半夜噪音，沟通无效', '', 'dispute', 'neighbours'],
  ['楼上卫生间漏水到我家天花板，楼上不肯修', '', 'dispute', 'neighbours'],
  ['邻居在楼道堆物，占用楼道，有消防隐患', '', 'dispute', 'neighbours'],
  ['物业不作为，小区停车乱收费', '物业管理', 'dispute', 'property-management'],
  ['业委会动用维修基金不公示', '', 'dispute', 'property-management'],
];

describe('classifying 12345 requests with the built-in rules', () => {
  it('files each request of the test set under the prompt and topic staff would choose', () => {
    const wrong = TEST_SET.filter(([request, hotline, category, topic]) => {
      const got = classify(request, hotline, DEFAULT_RULES);
      return got?.category !== category || got.topic !== topic;
    }).map(([request]) => request);
    expect(wrong).toEqual([]);
  });

  it('leaves a request it cannot place for staff rather than guessing', () => {
    expect(classify('路灯坏了好几天没人修', '市政设施', DEFAULT_RULES)).toBeNull();
  });

  it('follows the admin: a new keyword moves an order, a rule earlier in the list wins a tie', () => {
    const rules = ClassificationRules.parse({
      topics: [
        { ...DEFAULT_RULES.topics[0]!, keywords: ['路灯'] },
        { ...DEFAULT_RULES.topics[1]!, keywords: ['路灯'] },
      ],
    });
    expect(classify('路灯坏了', '', rules)?.topic).toBe(DEFAULT_RULES.topics[0]!.id);
  });

  it('refuses rules with a repeated topic id or an empty keyword list', () => {
    const topic = DEFAULT_RULES.topics[0]!;
    expect(ClassificationRules.safeParse({ topics: [topic, topic] }).success).toBe(false);
    expect(ClassificationRules.safeParse({ topics: [{ ...topic, keywords: [] }] }).success).toBe(
      false,
    );
  });
});
