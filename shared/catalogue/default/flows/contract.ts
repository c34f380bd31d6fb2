import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';

/** 合同签订来坐坐: before signing, after signing, or already in a dispute. */
export const contractFlow: FlowSource = {
  ...promptTile('contract'),
  start: 'stage',
  questions: [
    {
      id: 'stage',
      textKey: 'contract.q.stage',
      options: [
        {
          id: 'notSigned',
          labelKey: 'contract.a.stage.notSigned',
          next: 'kind',
          services: [hint('lawyer', 'readBeforeSigning')],
          tips: ['contract-signing'],
        },
        { id: 'signed', labelKey: 'contract.a.stage.signed', next: 'signedWorry' },
        {
          id: 'dispute',
          labelKey: 'contract.a.stage.dispute',
          next: 'disputeWith',
          tips: ['limitation'],
        },
      ],
    },
    {
      id: 'signedWorry',
      textKey: 'contract.q.signedWorry',
      options: [
        {
          id: 'unclear',
          labelKey: 'contract.a.signedWorry.unclear',
          next: 'kind',
          services: [hint('lawyer', 'explainTerms')],
        },
        {
          id: 'notKept',
          labelKey: 'contract.a.signedWorry.notKept',
          next: 'kind',
          services: [hint('lawyer', 'rights'), hint('mediation', 'talk')],
        },
        {
          id: 'cancel',
          labelKey: 'contract.a.signedWorry.cancel',
          next: 'kind',
          services: [hint('lawyer', 'rights')],
          tips: ['contract-cancel'],
        },
        {
          id: 'secure',
          labelKey: 'contract.a.signedWorry.secure',
          next: 'kind',
          services: [hint('notary', 'documents')],
        },
        {
          // Civil Code Arts. 147-152: cancelling for fraud, coercion, gross unfairness or serious
          // misunderstanding has short deadlines, so a lawyer should look at it soon.
          id: 'deceived',
          labelKey: 'contract.a.signedWorry.deceived',
          next: 'kind',
          services: [hint('lawyer', 'cancelContract')],
          tips: ['contract-cancel'],
        },
      ],
    },
    {
      id: 'kind',
      textKey: 'contract.q.kind',
      options: [
        {
          id: 'home',
          labelKey: 'contract.a.kind.home',
          next: 'amount',
          services: [hint('lawyer', 'property')],
          tips: ['property-registration'],
        },
        { id: 'rental', labelKey: 'contract.a.kind.rental', next: 'amount' },
        { id: 'renovation', labelKey: 'contract.a.kind.renovation', next: 'amount' },
        { id: 'loan', labelKey: 'contract.a.kind.loan', next: 'amount' },
        { id: 'care', labelKey: 'contract.a.kind.care', next: 'amount' },
        { id: 'other', labelKey: 'contract.a.kind.other', next: 'amount' },
      ],
    },
    {
      id: 'amount',
      textKey: 'contract.q.amount',
      options: [
        {
          id: 'large',
          labelKey: 'contract.a.amount.large',
          next: 'pressure',
          services: [hint('lawyer', 'rights')],
          tips: ['anti-fraud'],
        },
        { id: 'small', labelKey: 'contract.a.amount.small', next: 'pressure' },
        { id: 'unsure', labelKey: 'contract.a.amount.unsure', next: 'pressure' },
      ],
    },
    {
      id: 'pressure',
      textKey: 'contract.q.pressure',
      options: [
        {
          id: 'yes',
          labelKey: 'contract.a.pressure.yes',
          services: [hint('lawyer', 'checkPayment')],
          tips: ['anti-fraud', 'contract-signing'],
        },
        { id: 'no', labelKey: 'contract.a.pressure.no' },
        { id: 'unsure', labelKey: 'contract.a.pressure.unsure' },
      ],
    },
    {
      id: 'disputeWith',
      textKey: 'contract.q.disputeWith',
      options: [
        {
          id: 'business',
          labelKey: 'contract.a.disputeWith.business',
          next: 'disputeWhen',
          services: [hint('lawyer', 'rights'), hint('mediation', 'talk')],
        },
        {
          id: 'person',
          labelKey: 'contract.a.disputeWith.person',
          next: 'disputeWhen',
          services: [hint('mediation', 'talk'), hint('lawyer', 'rights')],
        },
        {
          id: 'landlord',
          labelKey: 'contract.a.disputeWith.landlord',
          next: 'disputeWhen',
          services: [hint('mediation', 'talk'), hint('lawyer', 'rights')],
        },
      ],
    },
    {
      id: 'disputeWhen',
      textKey: 'contract.q.disputeWhen',
      options: [
        { id: 'recent', labelKey: 'contract.a.disputeWhen.recent', next: 'evidence' },
        {
          id: 'years',
          labelKey: 'contract.a.disputeWhen.years',
          next: 'evidence',
          services: [hint('lawyer', 'timeLimit')],
        },
        {
          id: 'long',
          labelKey: 'contract.a.disputeWhen.long',
          next: 'evidence',
          services: [hint('lawyer', 'timeLimit')],
        },
        {
          id: 'unsure',
          labelKey: 'contract.a.disputeWhen.unsure',
          next: 'evidence',
          services: [hint('lawyer', 'timeLimit')],
        },
      ],
    },
    {
      id: 'evidence',
      textKey: 'contract.q.evidence',
      options: [
        { id: 'all', labelKey: 'contract.a.evidence.all' },
        { id: 'some', labelKey: 'contract.a.evidence.some' },
        { id: 'none', labelKey: 'contract.a.evidence.none' },
      ],
    },
  ],
};

export const contractText: Texts = {
  'contract.q.stage': ['这份合同现在到哪一步了？', 'Where are you with this contract?'],
  'contract.a.stage.notSigned': ['还没签，正准备签', 'Not signed yet'],
  'contract.a.stage.signed': ['已经签了', 'Already signed'],
  'contract.a.stage.dispute': ['已经闹矛盾了', 'Already in a dispute over it'],
  'contract.q.signedWorry': ['签了以后，您担心什么？', 'Now that it is signed, what worries you?'],
  'contract.a.signedWorry.unclear': ['有些条款看不懂', 'I don’t understand some of it'],
  'contract.a.signedWorry.notKept': ['对方不按合同办', 'The other side isn’t keeping to it'],
  'contract.a.signedWorry.cancel': ['想退掉，不想做了', 'I want to get out of it'],
  'contract.a.signedWorry.secure': ['想让合同更有保障', 'I want it to be more secure'],
  'contract.a.signedWorry.deceived': [
    '签的时候被骗、被逼，或者吃了大亏',
    'I was deceived or forced into it, or it is grossly unfair to me',
  ],
  'contract.q.kind': ['是什么合同？', 'What kind of contract is it?'],
  'contract.a.kind.home': ['买房、卖房', 'Buying or selling a home'],
  'contract.a.kind.rental': ['租房', 'Renting a home'],
  'contract.a.kind.renovation': ['装修', 'Home renovation'],
  'contract.a.kind.loan': ['借钱给别人，或者向别人借钱', 'Lending or borrowing money'],
  'contract.a.kind.care': ['请保姆、护工', 'Hiring a home helper or carer'],
  'contract.a.kind.other': ['其他合同', 'Another kind'],
  'contract.q.amount': ['合同里涉及的钱多不多？', 'Does the contract involve a lot of money?'],
  'contract.a.amount.large': ['钱比较多', 'Quite a lot'],
  'contract.a.amount.small': ['不多', 'Not much'],
  'contract.a.amount.unsure': ['说不清', 'I’m not sure'],
  'contract.q.pressure': [
    '有没有人催您赶紧签字或者付钱？',
    'Is anyone hurrying you to sign or to pay?',
  ],
  'contract.a.pressure.yes': ['有，催得很急', 'Yes, they are pushing hard'],
  'contract.a.pressure.no': ['没有', 'No'],
  'contract.a.pressure.unsure': ['说不好', 'I can’t say'],
  'contract.q.disputeWith': ['和谁闹矛盾？', 'Who is the dispute with?'],
  'contract.a.disputeWith.business': ['商家或者公司', 'A shop or a company'],
  'contract.a.disputeWith.person': [
    '认识的人（亲戚、朋友、邻居）',
    'Someone I know (relative, friend, neighbour)',
  ],
  'contract.a.disputeWith.landlord': ['房东或者租客', 'A landlord or a tenant'],
  'contract.q.disputeWhen': ['矛盾是什么时候开始的？', 'When did the problem start?'],
  'contract.a.disputeWhen.recent': ['一年以内', 'Within the last year'],
  'contract.a.disputeWhen.years': ['一到三年前', 'One to three years ago'],
  'contract.a.disputeWhen.long': ['三年以前', 'More than three years ago'],
  'contract.a.disputeWhen.unsure': ['记不清了', 'I don’t remember'],
  'contract.q.evidence': [
    '手上有合同、收据、聊天记录这些凭证吗？',
    'Do you have the contract, receipts or chat messages?',
  ],
  'contract.a.evidence.all': ['都有', 'Yes, all of them'],
  'contract.a.evidence.some': ['有一部分', 'Some of them'],
  'contract.a.evidence.none': ['都没有', 'None'],
};
