import type { LegalAidSource, Texts } from './text';

/**
 * The legal-aid pre-screen (PRC Legal Aid Law 法律援助法, in force 2022-01-01). Only the matters the
 * flows link to are listed. Art. 31 matters need financial hardship; Art. 32 matters do not.
 * Art. 42 (people whose hardship is not checked when they bring proof of who they are) lives in
 * tips, `legal-aid-proof-groups`, `-bring` and `-hint` (see `tips-legal-aid.ts`), because the
 * screen's schema has no field for it.
 * The kiosk never decides: every text says a legal aid centre reviews and decides, and that it may
 * not be Xuhui's (Art. 38: where the case is handled or the matter arose). No day counts or income
 * thresholds appear because we have not verified them.
 */
export const legalAid: LegalAidSource = {
  matters: [
    { id: 'supportPayments', article: 31, labelKey: 'legalAid.matter.supportPayments' },
    { id: 'labourPay', article: 31, labelKey: 'legalAid.matter.labourPay' },
    { id: 'civilCapacity', article: 31, labelKey: 'legalAid.matter.civilCapacity' },
    { id: 'injuryDamages', article: 31, labelKey: 'legalAid.matter.injuryDamages' },
    { id: 'socialBenefits', article: 31, labelKey: 'legalAid.matter.socialBenefits' },
    { id: 'fuxujin', article: 31, labelKey: 'legalAid.matter.fuxujin' },
    { id: 'stateCompensation', article: 31, labelKey: 'legalAid.matter.stateCompensation' },
    { id: 'goodSamaritan', article: 32, labelKey: 'legalAid.matter.goodSamaritan' },
    { id: 'abuseVictim', article: 32, labelKey: 'legalAid.matter.abuseVictim' },
  ],
  hardshipQuestionKey: 'legalAid.hardshipQuestion',
  mayQualifyKey: 'legalAid.mayQualify',
  noHardshipTestKey: 'legalAid.noHardshipTest',
  unlikelyKey: 'legalAid.unlikely',
  decidesKey: 'legalAid.decides',
  bringKeys: ['legalAid.bring.id', 'legalAid.bring.finances', 'legalAid.bring.papers'],
  sourceArt31Key: 'legalAid.source.art31',
  sourceArt32Key: 'legalAid.source.art32',
};

export const legalAidText: Texts = {
  'legalAid.matter.supportPayments': [
    '追讨赡养费、抚养费、扶养费',
    'Claiming support payments for a parent, a child or a spouse',
  ],
  'legalAid.matter.labourPay': [
    '确认劳动关系，或者追讨劳动报酬（工资）',
    'Confirming that you were employed, or claiming your pay',
  ],
  'legalAid.matter.civilCapacity': [
    '请求认定一个人没有或者只有部分民事行为能力（不能自己做主）',
    'Asking a court to declare that someone cannot, or can only partly, make legal decisions for themselves',
  ],
  'legalAid.matter.injuryDamages': [
    '因工伤事故、交通事故、食品药品安全事故、医疗事故要求人身损害赔偿',
    'Claiming damages for an injury from a work, traffic, food or drug safety, or medical accident',
  ],
  'legalAid.matter.socialBenefits': [
    '要求发给社会保险待遇（比如养老金、工伤保险待遇），或者要求给予社会救助（比如低保）',
    'Claiming social insurance benefits (such as a pension or work-injury insurance benefits), or social assistance (such as the minimum living allowance, dibao)',
  ],
  'legalAid.matter.fuxujin': [
    '要求发给抚恤金',
    'Claiming fuxujin (a survivor’s or disability pension)',
  ],
  'legalAid.matter.stateCompensation': [
    '依法要求国家赔偿',
    'Claiming state compensation as the law provides',
  ],
  'legalAid.matter.goodSamaritan': [
    '因见义勇为主张相关民事权益',
    'Claiming your civil rights after bravely stepping in to help someone in danger',
  ],
  'legalAid.matter.abuseVictim': [
    '遭受虐待、遗弃或者家庭暴力，主张自己的权益',
    'Claiming your rights as a victim of abuse, abandonment or domestic violence',
  ],
  'legalAid.hardshipQuestion': [
    '请律师的费用，对您家来说是不是负担不起？',
    'Would paying for a lawyer be too much for your household?',
  ],
  'legalAid.mayQualify': ['您可能符合申请法律援助的条件。', 'You may qualify for legal aid.'],
  'legalAid.noHardshipTest': [
    '如果您的事属于法律列出的这类情形（由法律援助中心认定），申请法律援助不用审查经济困难，您可能符合条件。',
    'If your matter is of the kind the law lists here (the legal aid centre decides whether it is), there is no financial-hardship test for legal aid. You may qualify.',
  ],
  'legalAid.unlikely': [
    '按您说的情况，可能不太符合经济困难的条件。但最终由法律援助中心决定，可以问问今天值班的志愿者。',
    'From what you said, you may not meet the financial-hardship test. But the Legal Aid Centre decides: ask the volunteer on duty today.',
  ],
  'legalAid.decides': [
    '这里只是初步了解。能不能获得法律援助，由法律援助中心审查决定。向哪里的法律援助中心申请，要看案件在哪里办理、事情在哪里发生，不一定是徐汇区法律援助中心；今天值班的志愿者可以帮您问清楚。',
    'This is only a first check. A legal aid centre reviews your application and decides. Which centre depends on where the case is handled or where the matter arose, so it may not be the Xuhui District Legal Aid Centre: the volunteer on duty today can help you find out.',
  ],
  'legalAid.bring.id': ['身份证。', 'Your ID card.'],
  'legalAid.bring.finances': [
    '因为经济困难申请的：如实说明家里的经济状况（表格由法律援助中心提供，中心可以查询核实，也可以请您签个人诚信承诺）。',
    'If you apply because money is tight: a truthful statement of your household’s finances (the centre gives you the form; it may check through shared records or ask you to sign a personal integrity pledge).',
  ],
  'legalAid.bring.papers': [
    '和这件事有关的材料，比如合同、欠条、病历、聊天记录。',
    'Papers about the matter, such as contracts, IOUs, medical records or chat messages.',
  ],
  'legalAid.source.art31': [
    '《中华人民共和国法律援助法》第三十一条、第三十八条、第四十一条',
    'PRC Legal Aid Law, Articles 31, 38 and 41',
  ],
  'legalAid.source.art32': [
    '《中华人民共和国法律援助法》第三十二条、第三十八条',
    'PRC Legal Aid Law, Articles 32 and 38',
  ],
};
