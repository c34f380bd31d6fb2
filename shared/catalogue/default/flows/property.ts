import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';

/**
 * 房产过户来坐坐: buying, selling, giving or inheriting a home, or urban renewal (城区更新改造,
 * one of the lawyer service's matters in the plan), each with a check for home fraud.
 */
export const propertyFlow: FlowSource = {
  ...promptTile('property'),
  start: 'how',
  questions: [
    {
      id: 'how',
      textKey: 'property.q.how',
      options: [
        {
          id: 'buy',
          labelKey: 'property.a.how.buy',
          next: 'stage',
          services: [hint('lawyer', 'property')],
          tips: ['property-registration'],
        },
        {
          id: 'sell',
          labelKey: 'property.a.how.sell',
          next: 'stage',
          services: [hint('lawyer', 'property')],
          tips: ['property-registration'],
        },
        {
          id: 'gift',
          labelKey: 'property.a.how.gift',
          next: 'giftWorry',
          tips: ['property-registration', 'home-gift'],
        },
        {
          id: 'inherit',
          labelKey: 'property.a.how.inherit',
          next: 'inheritWill',
          tips: ['inheritance-accept'],
        },
        {
          id: 'other',
          labelKey: 'property.a.how.other',
          next: 'stage',
          services: [hint('lawyer', 'property')],
        },
        {
          id: 'renewal',
          labelKey: 'property.a.how.renewal',
          next: 'renewalStage',
          services: [hint('lawyer', 'renewal')],
        },
      ],
    },
    {
      id: 'renewalStage',
      textKey: 'property.q.renewalStage',
      options: [
        { id: 'heard', labelKey: 'property.a.renewalStage.heard', next: 'guard' },
        { id: 'offer', labelKey: 'property.a.renewalStage.offer', next: 'guard' },
        { id: 'signed', labelKey: 'property.a.renewalStage.signed', next: 'guard' },
        {
          id: 'family',
          labelKey: 'property.a.renewalStage.family',
          next: 'guard',
          services: [hint('mediation', 'family')],
          tips: ['mediation'],
        },
      ],
    },
    {
      id: 'stage',
      textKey: 'property.q.stage',
      options: [
        {
          id: 'notSigned',
          labelKey: 'property.a.stage.notSigned',
          next: 'guard',
          services: [hint('lawyer', 'readBeforeSigning')],
          tips: ['contract-signing'],
        },
        { id: 'signed', labelKey: 'property.a.stage.signed', next: 'guard' },
        {
          id: 'paid',
          labelKey: 'property.a.stage.paid',
          next: 'guard',
          services: [hint('lawyer', 'rights')],
        },
        {
          id: 'problem',
          labelKey: 'property.a.stage.problem',
          next: 'guard',
          services: [hint('lawyer', 'rights'), hint('mediation', 'talk')],
          tips: ['limitation'],
        },
      ],
    },
    {
      id: 'giftWorry',
      textKey: 'property.q.giftWorry',
      options: [
        {
          id: 'keepLiving',
          labelKey: 'property.a.giftWorry.keepLiving',
          next: 'guard',
          services: [hint('lawyer', 'rights')],
          tips: ['right-of-residence'],
        },
        {
          id: 'giftOrWill',
          labelKey: 'property.a.giftWorry.giftOrWill',
          next: 'guard',
          services: [hint('lawyer', 'inheritance'), hint('notary', 'will')],
          tips: ['will-forms'],
        },
        {
          id: 'steps',
          labelKey: 'property.a.giftWorry.steps',
          next: 'guard',
          services: [hint('notary', 'documents')],
          tips: ['notary-documents'],
        },
        {
          id: 'familyViews',
          labelKey: 'property.a.giftWorry.familyViews',
          next: 'guard',
          services: [hint('mediation', 'family')],
        },
        {
          id: 'takeBack',
          labelKey: 'property.a.giftWorry.takeBack',
          next: 'guard',
          services: [hint('lawyer', 'rights')],
          tips: ['home-gift'],
        },
      ],
    },
    {
      id: 'guard',
      textKey: 'property.q.guard',
      options: [
        {
          id: 'yes',
          labelKey: 'property.a.guard.yes',
          services: [hint('lawyer', 'rights')],
          tips: ['home-fraud'],
        },
        { id: 'no', labelKey: 'property.a.guard.no' },
        { id: 'unsure', labelKey: 'property.a.guard.unsure', tips: ['home-fraud'] },
      ],
    },
    {
      id: 'inheritWill',
      textKey: 'property.q.inheritWill',
      options: [
        {
          id: 'yes',
          labelKey: 'property.a.inheritWill.yes',
          next: 'inheritAgree',
          tips: ['will-forms'],
        },
        {
          id: 'no',
          labelKey: 'property.a.inheritWill.no',
          next: 'inheritAgree',
          tips: ['statutory-heirs'],
        },
        {
          id: 'unsure',
          labelKey: 'property.a.inheritWill.unsure',
          next: 'inheritAgree',
          tips: ['statutory-heirs'],
        },
      ],
    },
    {
      id: 'inheritAgree',
      textKey: 'property.q.inheritAgree',
      options: [
        {
          id: 'agree',
          labelKey: 'property.a.inheritAgree.agree',
          services: [hint('notary', 'inheritance')],
          tips: ['notary-documents', 'property-registration'],
        },
        {
          id: 'disagree',
          labelKey: 'property.a.inheritAgree.disagree',
          services: [hint('mediation', 'family'), hint('lawyer', 'inheritance')],
          tips: ['mediation'],
        },
        {
          id: 'notDiscussed',
          labelKey: 'property.a.inheritAgree.notDiscussed',
          services: [hint('notary', 'inheritance'), hint('mediation', 'family')],
        },
      ],
    },
  ],
};

export const propertyText: Texts = {
  'property.q.how': ['房子是怎么转手的？', 'How is the home changing hands?'],
  'property.a.how.buy': ['我要买房', 'I am buying'],
  'property.a.how.sell': ['我要卖房', 'I am selling'],
  'property.a.how.gift': ['送给家里人，或者家里人送给我', 'A gift within the family'],
  'property.a.how.inherit': ['家里有人过世，房子要继承', 'Inheriting after a death in the family'],
  'property.a.how.other': [
    '其他（比如加名字、去名字）',
    'Something else (such as adding or removing a name)',
  ],
  'property.a.how.renewal': [
    '城区更新改造（旧改、征收、搬迁）',
    'Urban renewal (redevelopment, expropriation, relocation)',
  ],
  'property.q.renewalStage': ['现在到哪一步了？', 'Where are things now?'],
  'property.a.renewalStage.heard': ['刚听说，想先了解', 'I have just heard about it'],
  'property.a.renewalStage.offer': ['正在谈补偿方案', 'The compensation offer is being discussed'],
  'property.a.renewalStage.signed': ['已经签了协议', 'I have signed the agreement'],
  'property.a.renewalStage.family': [
    '家里人对补偿怎么分有分歧',
    'The family disagree on how to share the compensation',
  ],
  'property.q.stage': ['现在办到哪一步了？', 'How far along are you?'],
  'property.a.stage.notSigned': ['还没签合同', 'No contract signed yet'],
  'property.a.stage.signed': ['签了合同，还没去登记', 'Contract signed, not registered yet'],
  'property.a.stage.paid': [
    '钱付了，房子还没过户',
    'Money paid, but the home is not transferred yet',
  ],
  'property.a.stage.problem': [
    '对方反悔了，或者出了问题',
    'The other side backed out, or something went wrong',
  ],
  'property.q.giftWorry': [
    '关于送房子，您最关心什么？',
    'About giving the home, what matters most to you?',
  ],
  'property.a.giftWorry.keepLiving': [
    '送了以后，自己还能不能住',
    'Whether I can still live there afterwards',
  ],
  'property.a.giftWorry.giftOrWill': [
    '现在就送，还是以后用遗嘱留',
    'Give it now, or leave it in a will',
  ],
  'property.a.giftWorry.steps': ['要办哪些手续', 'What steps are needed'],
  'property.a.giftWorry.familyViews': ['家里人意见不一样', 'The family disagree'],
  'property.a.giftWorry.takeBack': [
    '已经送了或者答应送了，现在想要回来',
    'I gave it, or promised to, and now want it back',
  ],
  'property.q.guard': [
    '有没有人叫您签委托书、交出房产证，或者拿房子去抵押借钱？',
    'Has anyone asked you to sign a power of attorney, hand over your property certificate, or borrow money against your home?',
  ],
  'property.a.guard.yes': ['有', 'Yes'],
  'property.a.guard.no': ['没有', 'No'],
  'property.a.guard.unsure': ['说不清', 'I’m not sure'],
  'property.q.inheritWill': ['过世的家人留了遗嘱吗？', 'Did your late relative leave a will?'],
  'property.a.inheritWill.yes': ['留了', 'Yes'],
  'property.a.inheritWill.no': ['没有', 'No'],
  'property.a.inheritWill.unsure': ['不清楚', 'I don’t know'],
  'property.q.inheritAgree': [
    '家里人对房子怎么分，意见一致吗？',
    'Does the family agree on who gets the home?',
  ],
  'property.a.inheritAgree.agree': ['意见一致', 'Yes, we agree'],
  'property.a.inheritAgree.disagree': ['意见不一致', 'No, we disagree'],
  'property.a.inheritAgree.notDiscussed': ['还没商量', 'We haven’t talked about it yet'],
};
