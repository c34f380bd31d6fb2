import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';

/**
 * 大额付款来坐坐: who is paid, for what, and the two warning signs of telecom fraud (being hurried
 * or kept secret, and a "safe account" or a verification code). Every path offers a volunteer
 * to check the payment before the money moves.
 * A resident who has already paid gets a branch of its own whose every screen says: call 110 and
 * the bank now, to try to stop the payment.
 */
export const paymentFlow: FlowSource = {
  ...promptTile('payment'),
  start: 'payee',
  questions: [
    {
      id: 'payee',
      textKey: 'payment.q.payee',
      options: [
        { id: 'family', labelKey: 'payment.a.payee.family', next: 'purpose' },
        { id: 'business', labelKey: 'payment.a.payee.business', next: 'purpose' },
        {
          id: 'stranger',
          labelKey: 'payment.a.payee.stranger',
          next: 'purpose',
          tips: ['anti-fraud'],
        },
        {
          id: 'official',
          labelKey: 'payment.a.payee.official',
          // Someone claiming to be the police or a court: skip "what for" and go to the warning signs.
          next: 'hurry',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud'],
        },
        {
          id: 'alreadyPaid',
          labelKey: 'payment.a.payee.alreadyPaid',
          next: 'paidPolice',
          services: [hint('lawyer', 'afterFraud')],
          tips: ['already-paid'],
        },
      ],
    },
    {
      id: 'paidPolice',
      textKey: 'payment.q.paidPolice',
      helpKey: 'payment.q.paidPolice.help',
      options: [
        { id: 'yes', labelKey: 'payment.a.paidPolice.yes', next: 'paidBank' },
        { id: 'no', labelKey: 'payment.a.paidPolice.no', next: 'paidBank' },
        { id: 'help', labelKey: 'payment.a.paidPolice.help', next: 'paidBank' },
      ],
    },
    {
      id: 'paidBank',
      textKey: 'payment.q.paidBank',
      helpKey: 'payment.q.paidBank.help',
      options: [
        { id: 'yes', labelKey: 'payment.a.paidBank.yes' },
        { id: 'no', labelKey: 'payment.a.paidBank.no' },
      ],
    },
    {
      id: 'purpose',
      textKey: 'payment.q.purpose',
      options: [
        {
          id: 'home',
          labelKey: 'payment.a.purpose.home',
          next: 'hurry',
          services: [hint('lawyer', 'readBeforeSigning')],
          tips: ['contract-signing'],
        },
        {
          id: 'invest',
          labelKey: 'payment.a.purpose.invest',
          next: 'hurry',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud'],
        },
        {
          id: 'health',
          labelKey: 'payment.a.purpose.health',
          next: 'hurry',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud'],
          sensitive: 'health',
        },
        {
          id: 'lend',
          labelKey: 'payment.a.purpose.lend',
          next: 'hurry',
          services: [hint('lawyer', 'rights')],
          tips: ['limitation'],
        },
        {
          id: 'other',
          labelKey: 'payment.a.purpose.other',
          next: 'hurry',
          services: [hint('lawyer', 'checkPayment')],
        },
      ],
    },
    {
      id: 'hurry',
      textKey: 'payment.q.hurry',
      options: [
        {
          id: 'yes',
          labelKey: 'payment.a.hurry.yes',
          next: 'safeAccount',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud'],
        },
        { id: 'no', labelKey: 'payment.a.hurry.no', next: 'safeAccount' },
      ],
    },
    {
      id: 'safeAccount',
      textKey: 'payment.q.safeAccount',
      helpKey: 'payment.q.safeAccount.help',
      options: [
        {
          id: 'yes',
          labelKey: 'payment.a.safeAccount.yes',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud'],
        },
        { id: 'no', labelKey: 'payment.a.safeAccount.no' },
        {
          id: 'unsure',
          labelKey: 'payment.a.safeAccount.unsure',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud'],
        },
      ],
    },
  ],
};

export const paymentText: Texts = {
  'payment.q.payee': ['这笔钱要付给谁？', 'Who is the money going to?'],
  'payment.a.payee.family': ['家里人，或者很熟的人', 'Family, or someone I know well'],
  'payment.a.payee.business': ['公司、商家或者中介', 'A company, a shop or an agent'],
  'payment.a.payee.stranger': ['网上或者电话里认识的人', 'Someone I met online or on the phone'],
  'payment.a.payee.official': [
    '自称公安、法院、银行的人',
    'Someone who says they are the police, a court or a bank',
  ],
  'payment.a.payee.alreadyPaid': [
    '钱已经付出去了，怕是被骗了',
    'I have already paid and fear it was a scam',
  ],
  'payment.q.paidPolice': ['打110报警了吗？', 'Have you called the police on 110?'],
  'payment.q.paidPolice.help': [
    '还没有的话，请现在就打110，越快越好。同时打银行的客服电话，请银行尽量拦住这笔钱。',
    'If not, call 110 now: the sooner, the better. At the same time call your bank and ask them to try to stop the payment.',
  ],
  'payment.a.paidPolice.yes': ['已经报警了', 'Yes, I have'],
  'payment.a.paidPolice.no': ['还没有', 'Not yet'],
  'payment.a.paidPolice.help': [
    '想请值班的人陪我一起打',
    'I’d like someone on duty here to help me call',
  ],
  'payment.q.paidBank': [
    '联系付款的银行了吗？',
    'Have you contacted the bank the money was paid from?',
  ],
  'payment.q.paidBank.help': [
    '打银行卡背面的客服电话，说明被骗了，请银行尽量拦住这笔钱。',
    'Call the customer service number on the back of your card, say you have been cheated, and ask them to try to stop the payment.',
  ],
  'payment.a.paidBank.yes': ['已经联系了', 'Yes, I have'],
  'payment.a.paidBank.no': ['还没有', 'Not yet'],
  'payment.q.purpose': ['这笔钱是做什么用的？', 'What is the money for?'],
  'payment.a.purpose.home': ['买房或者装修', 'Buying or renovating a home'],
  'payment.a.purpose.invest': ['投资理财，说能赚大钱', 'An investment that promises big returns'],
  'payment.a.purpose.health': ['买保健品，或者治病', 'Health products or medical treatment'],
  'payment.a.purpose.lend': ['借钱给别人', 'Lending money to someone'],
  'payment.a.purpose.other': ['其他', 'Something else'],
  'payment.q.hurry': [
    '对方有没有催您快点付，或者叫您别告诉家里人？',
    'Is anyone hurrying you to pay, or telling you not to tell your family?',
  ],
  'payment.a.hurry.yes': ['有', 'Yes'],
  'payment.a.hurry.no': ['没有', 'No'],
  'payment.q.safeAccount': [
    '有没有人叫您把钱转到“安全账户”，或者问您要手机验证码？',
    'Has anyone asked you to move money into a “safe account”, or to give them a verification code from your phone?',
  ],
  'payment.q.safeAccount.help': [
    '公安、法院不会这样做。有疑问先别转钱，打110或者96110。',
    'The police and the courts never do this. If in doubt, don’t transfer anything: call 110 or 96110.',
  ],
  'payment.a.safeAccount.yes': ['有', 'Yes'],
  'payment.a.safeAccount.no': ['没有', 'No'],
  'payment.a.safeAccount.unsure': ['说不清', 'I’m not sure'],
};
