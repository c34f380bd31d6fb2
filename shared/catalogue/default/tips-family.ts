import type { Texts } from './text';

/** Family law tips (marriage, support, violence at home, a chosen guardian), each with its source. */
export const familyTipsText: Texts = {
  'tip.divorce-cooling-off.title': [
    '登记离婚有30天冷静期',
    'Divorce by registration has a 30-day cooling-off period',
  ],
  'tip.divorce-cooling-off.1': [
    '到婚姻登记机关申请离婚登记，从登记机关收到申请那天起30天内，任何一方不想离了，都可以撤回申请。',
    'When you apply to the marriage registry to divorce by registration, either of you may withdraw the application within 30 days of the registry receiving it.',
  ],
  'tip.divorce-cooling-off.2': [
    '30天冷静期满后的30天内，双方要亲自一起到婚姻登记机关申请发给离婚证；没有去的，视为撤回离婚登记申请。',
    'When the 30 days are over, you must both go to the registry in person within the next 30 days to apply for the divorce certificate. If you do not, the application counts as withdrawn.',
  ],
  'tip.divorce-cooling-off.3': [
    '孩子、房子、存款怎么安排，可以先请律师或者调解员帮忙理一理。',
    'A lawyer or a mediator can help you think through arrangements for children, the home and savings first.',
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

  'tip.chosen-guardian.title': [
    '提前选好将来替自己做主的人（意定监护）',
    'Choosing your own future guardian in advance',
  ],
  'tip.chosen-guardian.1': [
    '头脑清楚的成年人，可以事先和近亲属，或者其他愿意担任监护人的个人、组织商量好，用书面形式确定自己的监护人。',
    'An adult who can still make their own decisions may agree in advance, in writing, with a close relative or another willing person or organisation that they will be their guardian.',
  ],
  'tip.chosen-guardian.2': [
    '等您以后丧失或者部分丧失民事行为能力（不能或者不能完全自己做主）时，由这个人履行监护职责。',
    'If you later lose all or part of your ability to make legal decisions for yourself, that person acts as your guardian.',
  ],
  'tip.chosen-guardian.3': [
    '这种协议常常到公证处办公证。',
    'Such an agreement is often notarised at a notary office.',
  ],
  'tip.chosen-guardian.4': [
    '选谁、协议怎么写，可以问问公证处或者志愿律师。',
    'Ask the notary office or a volunteer lawyer whom to choose and how to write the agreement.',
  ],
  'tip.chosen-guardian.source': [
    '《中华人民共和国民法典》第三十三条',
    'Civil Code of the PRC, Article 33',
  ],
};
