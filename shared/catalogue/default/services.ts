import type { ServiceSource, Texts } from './text';

/** The six fixed services (the "6" of 6+X) and the linkage team (联动组) behind each. */
export const services: ServiceSource[] = [
  {
    id: 'lawyer',
    nameKey: 'service.lawyer.name',
    teamKey: 'service.lawyer.team',
    summaryKey: 'service.lawyer.summary',
  },
  {
    id: 'notary',
    nameKey: 'service.notary.name',
    teamKey: 'service.notary.team',
    summaryKey: 'service.notary.summary',
  },
  {
    id: 'mediation',
    nameKey: 'service.mediation.name',
    teamKey: 'service.mediation.team',
    summaryKey: 'service.mediation.summary',
  },
  {
    id: 'legalAid',
    nameKey: 'service.legalAid.name',
    teamKey: 'service.legalAid.team',
    summaryKey: 'service.legalAid.summary',
  },
  {
    id: 'forensic',
    nameKey: 'service.forensic.name',
    teamKey: 'service.forensic.team',
    summaryKey: 'service.forensic.summary',
  },
  {
    id: 'publicity',
    nameKey: 'service.publicity.name',
    teamKey: 'service.publicity.team',
    summaryKey: 'service.publicity.summary',
  },
];

export const servicesText: Texts = {
  'service.lawyer.name': ['律师咨询', 'Lawyer consultation'],
  'service.lawyer.team': ['志愿律师团', 'Volunteer lawyers’ team'],
  'service.lawyer.summary': [
    '志愿律师帮您弄清楚家事、侵权、借钱欠钱、邻里、物业、城区更新改造等生活里的法律问题。',
    'Volunteer lawyers help you make sense of everyday legal questions: family, harm done to you, money owed, neighbours, property management, urban renewal.',
  ],
  'service.notary.name': ['公证服务', 'Notary service'],
  'service.notary.team': ['徐汇公证处', 'Xuhui Notary Office'],
  'service.notary.summary': [
    '遗嘱、继承、委托、声明、亲属关系、无犯罪记录、夫妻财产约定等公证，可以先在这里问清楚。',
    'Ask here first about notarising wills, inheritance, powers of attorney, declarations, family relationships, no-criminal-record certificates and marital property agreements.',
  ],
  'service.mediation.name': ['人民调解', 'People’s mediation'],
  'service.mediation.team': ['人民调解委员会', 'People’s mediation committee'],
  'service.mediation.summary': [
    '调解员请双方坐下来谈，帮忙化解家里、邻里、物业、欠款这些矛盾。',
    'A mediator brings both sides together to settle disagreements in the family, between neighbours, with property management or over money.',
  ],
  'service.legalAid.name': ['法律援助', 'Legal aid'],
  'service.legalAid.team': ['徐汇区法律援助中心', 'Xuhui District Legal Aid Centre'],
  'service.legalAid.summary': [
    '符合条件的，可以由法律援助中心安排律师免费帮忙。',
    'If you qualify, the Legal Aid Centre can arrange a lawyer to help you free of charge.',
  ],
  'service.forensic.name': ['司法鉴定', 'Forensic appraisal'],
  'service.forensic.team': ['司法鉴定青年志愿团队', 'Young forensic-appraisal volunteers'],
  'service.forensic.summary': [
    '伤得多重、伤残等级、精神状况、能不能自己做主，可以先来问问怎么鉴定。',
    'Ask how injuries, disability grades, mental state or someone’s ability to make their own decisions can be assessed.',
  ],
  'service.publicity.name': ['法治宣传', 'Legal publicity'],
  'service.publicity.team': ['区司法局法治宣传', 'District Justice Bureau legal publicity team'],
  'service.publicity.summary': [
    '用大白话讲讲宪法、民法典和身边的法律，每月还有主题活动。',
    'The Constitution, the Civil Code and the laws around you, in plain words, with a theme activity every month.',
  ],
};

/**
 * Why a service fits: one plain sentence, shared by the answers it applies to. The legal-aid
 * sentence never promises: only the legal aid centre decides.
 */
export const reasonsText: Texts = {
  'reason.lawyer.readBeforeSigning': [
    '签字之前，志愿律师可以陪您把合同从头到尾看一遍。',
    'A volunteer lawyer can read your contract with you before you sign.',
  ],
  'reason.lawyer.explainTerms': [
    '看不懂的条款，志愿律师可以用大白话讲给您听。',
    'A volunteer lawyer can explain the parts you don’t understand in plain words.',
  ],
  'reason.lawyer.rights': [
    '志愿律师可以告诉您，按法律您有哪些权利、下一步可以怎么做。',
    'A volunteer lawyer can tell you what your rights are and what you can do next.',
  ],
  'reason.lawyer.timeLimit': [
    '到法院打官司有时间限制，志愿律师可以帮您看看还来不来得及。',
    'Going to court has time limits; a volunteer lawyer can check whether you are still in time.',
  ],
  'reason.lawyer.checkPayment': [
    '钱转出去之前，志愿者可以陪您一起核实一下。',
    'Before any money leaves your account, a volunteer can help you check it.',
  ],
  'reason.lawyer.property': [
    '志愿律师可以和您一起把过户的步骤和合同理一理。',
    'A volunteer lawyer can go through the transfer steps and the contract with you.',
  ],
  'reason.lawyer.family': [
    '志愿律师可以帮您理清家里的事在法律上怎么处理。',
    'A volunteer lawyer can help you sort out how the law deals with your family matter.',
  ],
  'reason.lawyer.protectionOrder': [
    '志愿律师可以告诉您怎样向法院申请人身安全保护令。',
    'A volunteer lawyer can tell you how to ask a court for a personal safety protection order.',
  ],
  'reason.lawyer.inheritance': [
    '志愿律师可以帮您弄清楚遗嘱和继承在法律上怎么算。',
    'A volunteer lawyer can explain how the law treats wills and inheritance in your case.',
  ],
  'reason.lawyer.doubleWages': [
    '两倍工资一般要在一年内申请劳动仲裁，过了就可能拿不到，请尽快问志愿律师。',
    'Double wages generally must be claimed in labour arbitration within one year, or they may be lost: see a volunteer lawyer soon.',
  ],
  'reason.lawyer.dismissal': [
    '志愿律师可以帮您看看辞退是不是合法、能拿多少补偿，以及怎样申请劳动仲裁。',
    'A volunteer lawyer can check whether the dismissal was lawful, what you may be owed, and how to apply for labour arbitration.',
  ],
  'reason.lawyer.workInjury': [
    '工伤认定有申请期限，伤残等级由市劳动能力鉴定委员会评定；志愿律师可以帮您理清下一步，越早越好。',
    'Work-injury recognition has deadlines, and the disability grade is set by the city’s labour capacity appraisal committee; a volunteer lawyer can help you with the next steps. The sooner, the better.',
  ],
  'reason.lawyer.cancelContract': [
    '撤销合同有期限，志愿律师可以帮您看看还来不来得及、该怎么做。',
    'Cancelling a contract has deadlines; a volunteer lawyer can check whether you are still in time and what to do.',
  ],
  'reason.lawyer.afterFraud': [
    '先打110和银行的电话。志愿律师可以帮您理一理接下来怎么办、要保存哪些证据。',
    'Call 110 and your bank first. A volunteer lawyer can then help you plan the next steps and what evidence to keep.',
  ],
  'reason.lawyer.renewal': [
    '城区更新改造（旧改、征收）中的补偿方案、签协议、家里怎么分，志愿律师可以帮您理一理。',
    'A volunteer lawyer can go through urban renewal with you: the compensation offer, signing the agreement, and how the family shares it.',
  ],
  'reason.lawyer.labour': [
    '志愿律师可以帮您看看怎样要回工钱、怎样申请劳动仲裁。',
    'A volunteer lawyer can show you how to get your pay and how to apply for labour arbitration.',
  ],
  'reason.notary.documents': [
    '公证处可以告诉您，办这件事要准备哪些材料。',
    'The notary office can tell you which papers you need for this.',
  ],
  'reason.notary.will': [
    '想立公证遗嘱，可以请公证处来办。',
    'The notary office can make your will as a notarised will.',
  ],
  'reason.notary.inheritance': [
    '办继承要走哪些手续、带什么材料，公证处可以告诉您。',
    'The notary office can tell you the steps and papers for handling an inheritance.',
  ],
  'reason.notary.agreement': [
    '夫妻之间的财产约定，可以到公证处办公证。',
    'A property agreement between husband and wife can be notarised at the notary office.',
  ],
  'reason.notary.powerOfAttorney': [
    '要委托别人替您办事，可以到公证处办委托公证。',
    'If someone is to act for you, the notary office can notarise a power of attorney.',
  ],
  'reason.notary.guardianship': [
    '想提前选定将来替自己做主的人（意定监护），可以到公证处办公证。',
    'To choose in advance who will decide for you if you no longer can, the notary office can notarise the agreement.',
  ],
  'reason.notary.certificate': [
    '亲属关系、无犯罪记录等公证，公证处可以告诉您怎么办、带什么材料。',
    'The notary office can tell you how to notarise kinship, no criminal record and similar facts, and what to bring.',
  ],
  'reason.mediation.talk': [
    '调解员可以请双方坐下来，帮大家把话说开。',
    'A mediator can bring both sides together and help you talk it through.',
  ],
  'reason.mediation.family': [
    '家里人之间的事，调解员可以帮忙坐下来慢慢谈。',
    'For matters between family members, a mediator can help everyone sit down and talk calmly.',
  ],
  'reason.legalAid.mayQualify': [
    '这类事在法律援助的范围内，您可能可以申请，由法律援助中心审查决定。',
    'Legal aid covers this kind of matter. You may be able to apply; the Legal Aid Centre reviews and decides.',
  ],
  'reason.forensic.injury': [
    '不是上班时受的伤，伤得多重、伤残等级怎么定，可以先问问司法鉴定志愿者。',
    'For an injury that did not happen at work, ask the forensic-appraisal volunteers how its severity or a disability grade is assessed.',
  ],
  'reason.forensic.capacity': [
    '老人的精神状况、还能不能自己做主，可以先问问司法鉴定志愿者怎么鉴定。',
    'Ask the forensic-appraisal volunteers how someone’s mental state and ability to decide for themselves are assessed.',
  ],
  'reason.publicity.learn': [
    '每月的主题活动会用大白话讲身边的法律，欢迎来听。',
    'The monthly theme activity explains everyday law in plain words. You are welcome to join.',
  ],
};
