import type { Texts } from './text';

/**
 * Tips about legal aid (法律援助法) and injuries. Three of them are shown by the legal-aid
 * pre-screen rather than by answers (see `shared/intake/legal-aid.ts`): who need not prove
 * hardship (Art. 42), what to bring then, and the same hint for residents who say money is hard.
 */
export const legalAidTipsText: Texts = {
  'tip.legal-aid-proof-groups.title': [
    '有些人申请法律援助，不用审查经济困难。您是下面这些人吗？',
    'Some people who apply for legal aid do not have their financial hardship checked. Are you one of them?',
  ],
  'tip.legal-aid-proof-groups.1': [
    '没有固定生活来源的未成年人、老年人、残疾人等。',
    'A minor, an older person, a person with a disability or someone similar, with no steady source of income.',
  ],
  'tip.legal-aid-proof-groups.2': [
    '社会救助对象（比如领低保、特困供养的人），或者司法救助对象。',
    'Someone receiving social assistance (for example the minimum living allowance, dibao, or support for people in extreme poverty), or judicial assistance.',
  ],
  'tip.legal-aid-proof-groups.3': [
    '优抚对象（比如烈士遗属、残疾军人）。',
    'Someone entitled to special state care as a military family member or veteran (youfu), for example a martyr’s family or a disabled veteran.',
  ],
  'tip.legal-aid-proof-groups.4': [
    '进城务工人员，要求支付劳动报酬（工资）或者工伤事故人身损害赔偿的。',
    'A migrant worker claiming pay, or damages for an injury in a work accident.',
  ],
  'tip.legal-aid-proof-groups.source': [
    '《中华人民共和国法律援助法》第四十二条',
    'PRC Legal Aid Law, Article 42',
  ],
  'tip.legal-aid-proof-bring.title': [
    '如果您是其中之一，并且有材料证明，就不用再审查您家的经济困难状况，您仍然可能符合申请法律援助的条件。',
    'If you are one of them and have papers to prove it, your household’s financial hardship is not checked, and you may still qualify for legal aid.',
  ],
  'tip.legal-aid-proof-bring.1': [
    '能证明身份的材料，比如低保证明、特困证明、优抚证件、残疾人证。具体带什么，问问今天值班的志愿者。',
    'Papers that prove it, such as a dibao (minimum living allowance) certificate, an extreme-poverty support certificate, a youfu certificate or a disability certificate. Ask the volunteer on duty today exactly what to bring.',
  ],
  'tip.legal-aid-proof-bring.2': [
    '进城务工人员：劳动合同、工资记录这类材料。',
    'Migrant workers: papers such as your employment contract or pay records.',
  ],
  'tip.legal-aid-proof-bring.source': [
    '《中华人民共和国法律援助法》第三十八条、第四十二条',
    'PRC Legal Aid Law, Articles 38 and 42',
  ],
  // Shown to an Art. 31 resident who says money is hard (or is unsure): someone in an Art. 42
  // group can bring proof of who they are instead of having the household's finances checked.
  'tip.legal-aid-proof-hint.title': [
    '有些人带上身份证明，就不用审查经济困难',
    'Some people need only prove who they are, not their finances',
  ],
  'tip.legal-aid-proof-hint.1': [
    '如果您是没有固定生活来源的未成年人、老年人、残疾人，领低保、特困供养等社会救助或者司法救助的人，优抚对象，或者要求支付工资、工伤赔偿的进城务工人员：带上能证明的材料（比如低保证明、特困证明、优抚证件、残疾人证、劳动合同），就不用再审查您家的经济困难状况。',
    'If you are a minor, an older person or a person with a disability with no steady income; receive social assistance (such as dibao or extreme-poverty support) or judicial assistance; are entitled to special state care (youfu); or are a migrant worker claiming pay or work-injury damages: bring papers that prove it (such as a dibao or extreme-poverty certificate, a youfu certificate, a disability certificate or your employment contract), and your household’s finances are not checked.',
  ],
  'tip.legal-aid-proof-hint.source': [
    '《中华人民共和国法律援助法》第三十一条、第三十八条、第四十一条、第四十二条',
    'PRC Legal Aid Law, Articles 31, 38, 41 and 42',
  ],

  'tip.state-compensation.title': ['要求国家赔偿', 'Claiming state compensation'],
  'tip.state-compensation.1': [
    '依法请求国家赔偿，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to claim state compensation; the Legal Aid Centre reviews and decides.',
  ],
  'tip.state-compensation.2': [
    '因为再审改判无罪请求国家赔偿的，申请法律援助不受经济困难条件的限制。',
    'If you claim state compensation after being acquitted on retrial, legal aid has no financial-hardship test.',
  ],
  'tip.state-compensation.3': [
    '请求国家赔偿也有时间限制，请尽快问志愿律师。',
    'Claims for state compensation also have time limits: ask a volunteer lawyer soon.',
  ],
  'tip.state-compensation.source': [
    '《中华人民共和国法律援助法》第三十一条、第三十二条',
    'PRC Legal Aid Law, Articles 31 and 32',
  ],

  'tip.injury.title': ['受了伤，先做这几件事', 'Hurt? Do these first'],
  'tip.injury.1': [
    '先看病，病历、诊断证明、医药费票据都要保存好。',
    'See a doctor first. Keep medical records, the diagnosis and all receipts.',
  ],
  'tip.injury.2': [
    '把经过记下来：时间、地点、在场的人。',
    'Write down what happened: when, where and who was there.',
  ],
  'tip.injury.3': [
    '伤得多重、伤残等级怎么鉴定，可以问问司法鉴定志愿者。上班时受的伤不一样：伤残等级由市劳动能力鉴定委员会评定。',
    'Ask the forensic-appraisal volunteers how the severity of an injury or a disability grade is assessed. An injury at work is different: its disability grade is set by the city’s labour capacity appraisal committee.',
  ],
  'tip.injury.4': [
    '因交通事故、工伤事故、医疗事故、食品药品安全事故要求人身损害赔偿，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to claim damages for an injury from a traffic, work, medical, or food or drug safety accident; the Legal Aid Centre reviews and decides.',
  ],
  'tip.injury.5': [
    '因见义勇为（比如救人时受了伤）主张相关民事权益的，申请法律援助不受经济困难条件的限制。',
    'If you claim your civil rights after bravely stepping in to help someone in danger (for example, you were hurt saving someone), legal aid has no financial-hardship test.',
  ],
  'tip.injury.source': [
    '《中华人民共和国法律援助法》第三十一条、第三十二条；《工伤保险条例》第二十三条',
    'PRC Legal Aid Law, Articles 31 and 32; Work Injury Insurance Regulations, Article 23',
  ],
};
