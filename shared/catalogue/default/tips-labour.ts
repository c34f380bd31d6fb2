import type { Texts } from './text';

/**
 * Labour tips. Labour and work-injury matters run on one-year limits, not the Civil Code's three
 * years, so these tips state their own deadlines and the general `limitation` tip must never sit
 * beside them (`routing.test.ts` walks every path to keep it so).
 */
export const labourTipsText: Texts = {
  'tip.double-wages.title': ['没签书面劳动合同', 'No written employment contract'],
  'tip.double-wages.1': [
    '从上班那天起超过一个月、不满一年，单位还没和您签书面劳动合同的，应当每月付您两倍工资。',
    'If your employer still has not signed a written contract with you more than one month (and less than a year) after you started work, it must pay you double wages each month.',
  ],
  // Courts generally treat the extra wage as a penalty, not as pay for work, so the rule that pay
  // owed during employment is not time-limited does not protect it.
  'tip.double-wages.2': [
    '多出来的那份工资，一般不算劳动报酬，要在一年的劳动仲裁时效内申请；过了期限，就可能拿不到。从哪天算起，请尽快问志愿律师。',
    'The extra wage is generally not treated as pay for work, so the one-year time limit for labour arbitration applies to it: once that passes, you can lose it. Ask a volunteer lawyer soon from which day it counts.',
  ],
  'tip.double-wages.3': [
    '工资条、考勤记录、工作证、聊天记录都能证明您在那里上班，要保存好。',
    'Keep pay slips, attendance records, your work badge and chat messages: they show that you worked there.',
  ],
  'tip.double-wages.4': [
    '具体能拿多少、满一年以后怎么算，请问志愿律师。',
    'For how much you can claim, and what applies after a year, ask a volunteer lawyer.',
  ],
  'tip.double-wages.source': [
    '《中华人民共和国劳动合同法》第八十二条；《中华人民共和国劳动争议调解仲裁法》第二十七条',
    'PRC Labour Contract Law, Article 82; PRC Labour Dispute Mediation and Arbitration Law, Article 27',
  ],

  'tip.labour-arbitration.title': ['劳动仲裁，别拖', 'Labour arbitration: don’t wait'],
  'tip.labour-arbitration.1': [
    '申请劳动仲裁的时效一般是一年，从知道或者应当知道权利被侵害那天算起。',
    'You generally have one year to apply for labour arbitration, counted from when you knew or should have known your rights were infringed.',
  ],
  'tip.labour-arbitration.2': [
    '还在单位上班时被拖欠的劳动报酬（工资），不受这一年的限制；离职以后，要在离职之日起一年内提出。没签书面合同的两倍工资一般不算劳动报酬，不适用这一条。',
    'Pay for work owed while you still work there is not limited by this year; once the job ends, you must claim within one year of it ending. The double wages for having no written contract are generally not treated as pay for work, so this does not apply to them.',
  ],
  'tip.labour-arbitration.3': [
    '劳动争议仲裁不收费。',
    'Labour dispute arbitration is free of charge.',
  ],
  'tip.labour-arbitration.4': [
    '确认劳动关系、追讨工资，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to confirm that you were employed or to claim your pay; the Legal Aid Centre reviews and decides.',
  ],
  'tip.labour-arbitration.source': [
    '《中华人民共和国劳动争议调解仲裁法》第二十七条、第五十三条；《中华人民共和国法律援助法》第三十一条',
    'PRC Labour Dispute Mediation and Arbitration Law, Articles 27 and 53; PRC Legal Aid Law, Article 31',
  ],

  'tip.work-injury.title': ['上班时受了伤', 'Hurt at work'],
  'tip.work-injury.1': [
    '先看病，病历、诊断证明、医药费票据都要保存好。',
    'See a doctor first. Keep medical records, the diagnosis and all receipts.',
  ],
  'tip.work-injury.2': [
    '把受伤的时间、地点、经过和在场的人记下来。',
    'Write down when, where and how it happened, and who was there.',
  ],
  'tip.work-injury.3': [
    '工伤认定：单位应当自受伤之日（职业病自诊断、鉴定之日）起30日内，向社会保险行政部门（人社部门）申请。',
    'Work-injury recognition: your employer must apply to the social insurance authority (the human resources and social security bureau) within 30 days of the injury (for an occupational disease, of its diagnosis).',
  ],
  'tip.work-injury.4': [
    '单位没有申请的，受伤职工本人、近亲属或者工会组织，可以自受伤之日（或者诊断、鉴定为职业病之日）起1年内直接申请。别等，过了1年可能就来不及了。',
    'If the employer does not apply, you, a close relative or the trade union can apply directly within one year of the injury (or of the diagnosis). Don’t wait: after a year it may be too late.',
  ],
  'tip.work-injury.5': [
    '伤情相对稳定后评伤残等级，叫劳动能力鉴定：由单位、受伤职工或者近亲属向市劳动能力鉴定委员会申请，并提供工伤认定决定。这和司法鉴定不是一回事。',
    'Once the injury has stabilised, the disability grade is set by a labour capacity appraisal: your employer, you or a close relative apply to the city’s labour capacity appraisal committee, with the work-injury recognition decision. This is not forensic appraisal.',
  ],
  'tip.work-injury.6': [
    '和单位因为工伤待遇发生争议，申请劳动仲裁的时效一般是一年。',
    'If you and your employer disagree about work-injury benefits, you generally have one year to apply for labour arbitration.',
  ],
  'tip.work-injury.7': [
    '因工伤事故要求人身损害赔偿，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to claim damages for a work injury; the Legal Aid Centre reviews and decides.',
  ],
  'tip.work-injury.source': [
    '《工伤保险条例》第十七条、第二十一条至第二十三条；《中华人民共和国劳动争议调解仲裁法》第二十七条；《中华人民共和国法律援助法》第三十一条',
    'Work Injury Insurance Regulations, Articles 17 and 21 to 23; PRC Labour Dispute Mediation and Arbitration Law, Article 27; PRC Legal Aid Law, Article 31',
  ],

  'tip.severance.title': ['被辞退，能拿多少', 'Dismissed: what you may be owed'],
  'tip.severance.1': [
    '法律规定单位要给经济补偿的，按在本单位工作的年限计算：每满一年，给一个月工资；六个月以上不满一年的，按一年算；不满六个月的，给半个月工资。',
    'Where the law requires your employer to pay severance, it is counted by your years with that employer: one month’s wage for each full year; six months or more but under a year counts as a full year; under six months earns half a month’s wage.',
  ],
  'tip.severance.2': ['工资高的人，计算时有上限。', 'Limits apply for high earners.'],
  'tip.severance.3': [
    '单位违法解除或者终止劳动合同的，要按经济补偿标准的二倍支付赔偿金。',
    'If the employer ended the contract unlawfully, it must pay compensation of twice the severance amount.',
  ],
  'tip.severance.4': [
    '要不要给经济补偿、辞退是不是违法，请问志愿律师；申请劳动仲裁的时效一般是一年，别拖。',
    'Ask a volunteer lawyer whether severance is due and whether the dismissal was unlawful. You generally have one year to apply for labour arbitration, so don’t wait.',
  ],
  'tip.severance.source': [
    '《中华人民共和国劳动合同法》第四十七条、第八十七条；《中华人民共和国劳动争议调解仲裁法》第二十七条',
    'PRC Labour Contract Law, Articles 47 and 87; PRC Labour Dispute Mediation and Arbitration Law, Article 27',
  ],
};
