import type { Texts } from './text';

/**
 * Plain statements of the law, each with its source law and article. Only verified rules are
 * stated; where a rule has exceptions we have not verified, the tip sends the resident to a
 * volunteer lawyer instead of saying more.
 */
export const lawTipsText: Texts = {
  'tip.limitation.title': ['打官司有时间限制', 'Court claims have a time limit'],
  'tip.limitation.1': [
    '到法院要求保护自己的权利（比如要回欠款、要求赔偿），一般要在三年内提出。',
    'To ask a court to protect your rights (for example to get money back or to claim compensation), you generally have three years.',
  ],
  'tip.limitation.2': [
    '三年从您知道或者应当知道权利受到损害、并且知道是谁造成的那天算起。',
    'The three years count from the day you knew, or should have known, that your rights were harmed and who was responsible.',
  ],
  'tip.limitation.3': [
    '有些情况另有规定，具体请问志愿律师。',
    'Some cases follow other rules: ask a volunteer lawyer.',
  ],
  'tip.limitation.4': [
    '借条、收据、转账记录、聊天记录都要保存好，别删。',
    'Keep IOUs, receipts, transfer records and chat messages. Don’t delete them.',
  ],
  'tip.limitation.source': [
    '《中华人民共和国民法典》第一百八十八条',
    'Civil Code of the PRC, Article 188',
  ],

  'tip.property-registration.title': [
    '房子过户，登记了才算数',
    'A home changes hands when the transfer is registered',
  ],
  'tip.property-registration.1': [
    '买卖、赠与房子，一般要到不动产登记机构办好登记，房子才算真正转过去。',
    'When a home is bought, sold or given away, the transfer generally takes effect only once it is registered at the real estate registration office.',
  ],
  'tip.property-registration.2': [
    '只签了合同、付了钱，还不等于房子已经过到您名下。',
    'Signing a contract and paying do not by themselves put the home in your name.',
  ],
  'tip.property-registration.3': [
    '法律另有规定的情况（比如继承）不一样，具体请问志愿律师。',
    'The law makes exceptions (inheritance, for example): ask a volunteer lawyer.',
  ],
  'tip.property-registration.4': [
    '大额房款付出去之前，先请律师看看合同。',
    'Before paying a large sum for a home, have a lawyer look at the contract.',
  ],
  'tip.property-registration.source': [
    '《中华人民共和国民法典》第二百零九条',
    'Civil Code of the PRC, Article 209',
  ],

  'tip.divorce-cooling-off.title': [
    '登记离婚有30天冷静期',
    'Divorce by registration has a 30-day cooling-off period',
  ],
  'tip.divorce-cooling-off.1': [
    '到婚姻登记机关申请离婚登记，从登记机关收到申请那天起30天内，任何一方不想离了，都可以撤回申请。',
    'When you apply to the marriage registry to divorce by registration, either of you may withdraw the application within 30 days of the registry receiving it.',
  ],
  'tip.divorce-cooling-off.2': [
    '孩子、房子、存款怎么安排，可以先请律师或者调解员帮忙理一理。',
    'A lawyer or a mediator can help you think through arrangements for children, the home and savings first.',
  ],
  'tip.divorce-cooling-off.3': [
    '冷静期过后还要办哪些手续，请问志愿律师。',
    'Ask a volunteer lawyer what steps follow after the cooling-off period.',
  ],
  'tip.divorce-cooling-off.source': [
    '《中华人民共和国民法典》第一千零七十七条',
    'Civil Code of the PRC, Article 1077',
  ],

  'tip.support-payments.title': ['赡养费和抚养费', 'Support for parents and for children'],
  'tip.support-payments.1': [
    '父母不尽抚养义务的，未成年的子女，或者不能独立生活的成年子女，可以要求父母给抚养费。',
    'If parents fail to support their children, a child under 18, or an adult child who cannot live independently, can claim child support from them.',
  ],
  'tip.support-payments.2': [
    '成年子女不尽赡养义务的，缺乏劳动能力或者生活困难的父母，可以要求成年子女给赡养费。',
    'If adult children fail to support their parents, parents who lack the ability to work or who live in hardship can claim support from them.',
  ],
  'tip.support-payments.3': [
    '可以先请调解员帮家里人坐下来谈一谈。',
    'A mediator can first help the family sit down and talk.',
  ],
  'tip.support-payments.4': [
    '追讨赡养费、抚养费、扶养费，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to claim support payments; the Legal Aid Centre reviews and decides.',
  ],
  'tip.support-payments.source': [
    '《中华人民共和国民法典》第一千零六十七条；《中华人民共和国法律援助法》第三十一条',
    'Civil Code of the PRC, Article 1067; PRC Legal Aid Law, Article 31',
  ],

  'tip.domestic-violence.title': ['遇到家庭暴力', 'If you face domestic violence'],
  'tip.domestic-violence.1': ['有危险，马上打110。', 'If you are in danger, call 110 now.'],
  'tip.domestic-violence.2': [
    '遭受家庭暴力或者面临家庭暴力现实危险的，可以向法院申请人身安全保护令。',
    'If you suffer domestic violence or face a real danger of it, you can apply to a court for a personal safety protection order.',
  ],
  'tip.domestic-violence.3': [
    '受伤的照片、看病记录、报警记录，想办法保存好。',
    'Try to keep photos of injuries, medical records and records of calls to the police.',
  ],
  'tip.domestic-violence.4': [
    '遭受家庭暴力、虐待、遗弃的人主张自己的权益，申请法律援助不受经济困难条件的限制。',
    'Victims of domestic violence, abuse or abandonment who apply for legal aid to claim their rights do not have to pass a financial-hardship test.',
  ],
  'tip.domestic-violence.source': [
    '《中华人民共和国反家庭暴力法》第二十三条；《中华人民共和国法律援助法》第三十二条',
    'PRC Anti-Domestic Violence Law, Article 23; PRC Legal Aid Law, Article 32',
  ],

  'tip.will-forms.title': ['遗嘱有哪几种', 'Ways to make a will'],
  'tip.will-forms.1': [
    '自书遗嘱：自己亲笔写，签名，写上年、月、日。',
    'Handwritten: written entirely in your own hand, signed, with the year, month and day.',
  ],
  'tip.will-forms.2': [
    '代书遗嘱：两个以上见证人在场，由其中一人代写，您、代写人和其他见证人签名，写上年、月、日。',
    'Written by someone else: at least two witnesses present, one of them writes it; you, the writer and the other witnesses sign and date it.',
  ],
  'tip.will-forms.3': [
    '打印遗嘱：两个以上见证人在场，您和见证人在每一页签名，写上年、月、日。',
    'Printed: at least two witnesses present; you and the witnesses sign every page and date it.',
  ],
  'tip.will-forms.4': [
    '录音录像遗嘱：两个以上见证人在场，录音录像里要有您和见证人的姓名或者样子，以及年、月、日。',
    'Audio or video: at least two witnesses present; the recording shows your and the witnesses’ names or faces, and the date.',
  ],
  'tip.will-forms.5': [
    '口头遗嘱：只有在危急情况下才可以立，也要有两个以上见证人在场。危急情况过去后，能用书面或者录音录像立遗嘱的，这份口头遗嘱就无效了。',
    'Spoken: only in an emergency, also with at least two witnesses present. Once the emergency is over and you are able to make a written or audio/video will, the spoken will is no longer valid.',
  ],
  'tip.will-forms.6': ['公证遗嘱：由公证机构办理。', 'Notarised: made through a notary office.'],
  'tip.will-forms.7': [
    '立过几份遗嘱、内容不一样的，以最后一份为准；公证遗嘱不再优先。',
    'If several wills disagree, the last one counts. A notarised will no longer takes priority.',
  ],
  'tip.will-forms.8': [
    '这些人不能当见证人：不能完全自己做主的人（无民事行为能力人、限制民事行为能力人）和其他没有见证能力的人；继承人、受遗赠人；和继承人、受遗赠人有利害关系的人。拿不准的，先问律师或者公证处。',
    'These people cannot be witnesses: anyone without full legal capacity (who cannot, or can only partly, make legal decisions for themselves) or otherwise unable to witness; heirs and people left something in the will; and anyone whose interests are tied to an heir or to someone left something. If unsure, ask a lawyer or the notary office first.',
  ],
  'tip.will-forms.source': [
    '《中华人民共和国民法典》第一千一百三十四条至第一千一百四十条、第一千一百四十二条',
    'Civil Code of the PRC, Articles 1134 to 1140 and 1142',
  ],

  'tip.statutory-heirs.title': ['没有遗嘱时，谁来继承', 'Who inherits when there is no will'],
  'tip.statutory-heirs.1': [
    '第一顺序：配偶、子女、父母。',
    'First in line: spouse, children, parents.',
  ],
  'tip.statutory-heirs.2': [
    '第二顺序：兄弟姐妹、祖父母、外祖父母。',
    'Second in line: brothers and sisters, and grandparents on both sides.',
  ],
  'tip.statutory-heirs.3': [
    '先由第一顺序的人继承，第二顺序的人不继承。第一顺序没有人继承的（比如没有这些人，或者他们都放弃了、都失去了继承权），才由第二顺序继承。',
    'Those first in line inherit, and those second in line do not. Only when no one first in line inherits (for example, there is no one, or all of them give up or lose the right to inherit) do those second in line inherit.',
  ],
  'tip.statutory-heirs.4': [
    '子女比过世的父母先去世的，由这个子女的子女、孙子女等晚辈直系血亲代替他继承（代位继承）；兄弟姐妹先去世的，由兄弟姐妹的子女代位继承。代位继承的人一般只能继承被代位的人本来应得的那一份。',
    'If a child of the deceased died before them, that child’s own children, grandchildren and further direct descendants inherit in the child’s place (inheritance by representation); if a brother or sister died first, their children inherit in their place. Those who inherit in someone’s place generally receive only the share that person was entitled to.',
  ],
  'tip.statutory-heirs.5': [
    '丧偶的儿媳对公婆、丧偶的女婿对岳父母，尽了主要赡养义务的，也是第一顺序继承人。',
    'A widowed daughter-in-law who provided most of the support for her parents-in-law, or a widowed son-in-law who did so for his, is also first in line to inherit from them.',
  ],
  'tip.statutory-heirs.6': [
    '继子女、养子女等特殊情况，请问志愿律师。',
    'For stepchildren, adopted children and other special cases, ask a volunteer lawyer.',
  ],
  'tip.statutory-heirs.source': [
    '《中华人民共和国民法典》第一千一百二十七条、第一千一百二十八条、第一千一百二十九条',
    'Civil Code of the PRC, Articles 1127, 1128 and 1129',
  ],

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
    '《中华人民共和国法律援助法》第四十二条',
    'PRC Legal Aid Law, Article 42',
  ],

  'tip.double-wages.title': ['没签书面劳动合同', 'No written employment contract'],
  'tip.double-wages.1': [
    '从上班那天起超过一个月、不满一年，单位还没和您签书面劳动合同的，应当每月付您两倍工资。',
    'If your employer still has not signed a written contract with you more than one month (and less than a year) after you started work, it must pay you double wages each month.',
  ],
  'tip.double-wages.2': [
    '工资条、考勤记录、工作证、聊天记录都能证明您在那里上班，要保存好。',
    'Keep pay slips, attendance records, your work badge and chat messages: they show that you worked there.',
  ],
  'tip.double-wages.3': [
    '具体能拿多少、满一年以后怎么算，请问志愿律师。',
    'For how much you can claim, and what applies after a year, ask a volunteer lawyer.',
  ],
  'tip.double-wages.source': [
    '《中华人民共和国劳动合同法》第八十二条',
    'PRC Labour Contract Law, Article 82',
  ],

  'tip.labour-arbitration.title': ['劳动仲裁，别拖', 'Labour arbitration: don’t wait'],
  'tip.labour-arbitration.1': [
    '申请劳动仲裁的时效一般是一年，从知道或者应当知道权利被侵害那天算起。',
    'You generally have one year to apply for labour arbitration, counted from when you knew or should have known your rights were infringed.',
  ],
  'tip.labour-arbitration.2': [
    '还在单位上班时被拖欠工资的，不受这一年的限制；但是离职以后，要在离职之日起一年内提出。',
    'Pay owed while you still work there is not limited by this year, but once the job ends you must claim within one year of it ending.',
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
    '怎样认定工伤、要在多久以内申请，请尽快问志愿律师。',
    'Ask a volunteer lawyer soon how a work injury is recognised and by when you must apply.',
  ],
  'tip.work-injury.4': [
    '伤残等级怎么鉴定，可以问问司法鉴定志愿者。',
    'Ask the forensic-appraisal volunteers how a disability grade is assessed.',
  ],
  'tip.work-injury.5': [
    '因工伤事故要求人身损害赔偿，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to claim damages for a work injury; the Legal Aid Centre reviews and decides.',
  ],
  'tip.work-injury.source': [
    '《中华人民共和国法律援助法》第三十一条',
    'PRC Legal Aid Law, Article 31',
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
    '伤得多重、伤残等级怎么定，可以问问司法鉴定志愿者。',
    'Ask the forensic-appraisal volunteers how the severity of an injury or a disability grade is assessed.',
  ],
  'tip.injury.4': [
    '因交通事故、工伤事故、医疗事故、食品药品安全事故要求人身损害赔偿，经济困难的可以申请法律援助，由法律援助中心审查决定。',
    'If money is tight, you may apply for legal aid to claim damages for an injury from a traffic, work, medical, or food or drug safety accident; the Legal Aid Centre reviews and decides.',
  ],
  'tip.injury.5': [
    '因见义勇为（比如救人时受了伤）主张相关民事权益的，申请法律援助不受经济困难条件的限制。',
    'If you claim your civil rights after stepping in to help someone in danger (for example, you were hurt saving someone), legal aid has no financial-hardship test.',
  ],
  'tip.injury.source': [
    '《中华人民共和国法律援助法》第三十一条、第三十二条',
    'PRC Legal Aid Law, Articles 31 and 32',
  ],
};
