import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';
import { disputeInjuryQuestions, disputeInjuryText } from './dispute-injury';

/**
 * 纠纷隐忧来坐坐: who the dispute is with, then how long ago (court time limits) and how the
 * resident would like it settled. An injury reveals health information, so every answer about it
 * is marked sensitive, not only the first. The injury questions live in `dispute-injury.ts`.
 */
export const disputeFlow: FlowSource = {
  ...promptTile('dispute'),
  start: 'with',
  questions: [
    {
      id: 'with',
      textKey: 'dispute.q.with',
      options: [
        {
          id: 'family',
          labelKey: 'dispute.a.with.family',
          next: 'howLong',
          services: [hint('mediation', 'family')],
        },
        {
          id: 'neighbours',
          labelKey: 'dispute.a.with.neighbours',
          next: 'howLong',
          services: [hint('mediation', 'talk')],
        },
        {
          id: 'management',
          labelKey: 'dispute.a.with.management',
          next: 'howLong',
          services: [hint('mediation', 'talk'), hint('lawyer', 'rights')],
        },
        {
          id: 'debt',
          labelKey: 'dispute.a.with.debt',
          next: 'debtProof',
          services: [hint('lawyer', 'rights'), hint('mediation', 'talk')],
          tips: ['limitation'],
        },
        {
          id: 'injury',
          labelKey: 'dispute.a.with.injury',
          next: 'injuryHow',
          sensitive: 'health',
        },
        {
          id: 'other',
          labelKey: 'dispute.a.with.other',
          next: 'otherKind',
          services: [hint('lawyer', 'rights')],
        },
      ],
    },
    {
      id: 'otherKind',
      textKey: 'dispute.q.otherKind',
      options: [
        {
          // Legal Aid Law Art. 31(1). Its own short branch: state compensation has its own time
          // limits, so the civil time-limit question and tip would mislead.
          id: 'stateCompensation',
          labelKey: 'dispute.a.otherKind.stateCompensation',
          next: 'stateAsked',
          services: [hint('legalAid', 'mayQualify'), hint('lawyer', 'rights')],
          tips: ['state-compensation'],
          legalAid: 'stateCompensation',
        },
        { id: 'else', labelKey: 'dispute.a.otherKind.else', next: 'howLong' },
      ],
    },
    {
      id: 'stateAsked',
      textKey: 'dispute.q.stateAsked',
      options: [
        { id: 'noResult', labelKey: 'dispute.a.stateAsked.noResult' },
        { id: 'notYet', labelKey: 'dispute.a.stateAsked.notYet' },
        { id: 'how', labelKey: 'dispute.a.stateAsked.how' },
      ],
    },
    {
      id: 'debtProof',
      textKey: 'dispute.q.debtProof',
      options: [
        { id: 'yes', labelKey: 'dispute.a.debtProof.yes', next: 'howLong' },
        { id: 'some', labelKey: 'dispute.a.debtProof.some', next: 'howLong' },
        { id: 'none', labelKey: 'dispute.a.debtProof.none', next: 'howLong' },
      ],
    },
    ...disputeInjuryQuestions,
    {
      id: 'howLong',
      textKey: 'dispute.q.howLong',
      options: [
        { id: 'recent', labelKey: 'dispute.a.howLong.recent', next: 'wish' },
        {
          id: 'years',
          labelKey: 'dispute.a.howLong.years',
          next: 'wish',
          services: [hint('lawyer', 'timeLimit')],
          tips: ['limitation'],
        },
        {
          id: 'long',
          labelKey: 'dispute.a.howLong.long',
          next: 'wish',
          services: [hint('lawyer', 'timeLimit')],
          tips: ['limitation'],
        },
        {
          id: 'unsure',
          labelKey: 'dispute.a.howLong.unsure',
          next: 'wish',
          services: [hint('lawyer', 'timeLimit')],
          tips: ['limitation'],
        },
      ],
    },
    {
      id: 'wish',
      textKey: 'dispute.q.wish',
      options: [
        {
          id: 'talk',
          labelKey: 'dispute.a.wish.talk',
          services: [hint('mediation', 'talk')],
          tips: ['mediation'],
        },
        { id: 'advice', labelKey: 'dispute.a.wish.advice', services: [hint('lawyer', 'rights')] },
        {
          id: 'court',
          labelKey: 'dispute.a.wish.court',
          services: [hint('lawyer', 'timeLimit')],
          tips: ['limitation'],
        },
        {
          id: 'worry',
          labelKey: 'dispute.a.wish.worry',
          services: [hint('mediation', 'talk'), hint('lawyer', 'rights')],
          tips: ['mediation'],
        },
      ],
    },
  ],
};

export const disputeText: Texts = {
  'dispute.q.with': [
    '是和谁的矛盾，或者什么事让您担心？',
    'Who is the dispute with, or what is worrying you?',
  ],
  'dispute.a.with.family': ['家里人', 'My family'],
  'dispute.a.with.neighbours': [
    '邻居（噪音、漏水、占地方）',
    'Neighbours (noise, leaks, shared space)',
  ],
  'dispute.a.with.management': ['物业', 'Property management'],
  'dispute.a.with.debt': ['欠钱的事', 'Money owed'],
  'dispute.a.with.injury': ['有人受了伤', 'Someone got hurt'],
  'dispute.a.with.other': ['其他事', 'Something else'],
  'dispute.q.otherKind': ['是下面这种事吗？', 'Is it this kind of matter?'],
  'dispute.a.otherKind.stateCompensation': [
    '国家机关或者它的工作人员在行使职权时侵犯了我的权益、造成了损害，我想要求国家赔偿',
    'A state body or its staff, while exercising their powers, infringed my rights and caused me harm, and I want to claim state compensation',
  ],
  'dispute.a.otherKind.else': ['不是，是别的事', 'No, something else'],
  'dispute.q.stateAsked': ['您已经提出过赔偿要求吗？', 'Have you already asked for compensation?'],
  'dispute.a.stateAsked.noResult': ['提过了，没有结果', 'Yes, with no result'],
  'dispute.a.stateAsked.notYet': ['还没有', 'Not yet'],
  'dispute.a.stateAsked.how': ['不知道该怎么提', 'I don’t know how to ask'],
  'dispute.q.debtProof': [
    '有借条、转账记录这些凭证吗？',
    'Do you have an IOU or records of the transfer?',
  ],
  'dispute.a.debtProof.yes': ['有', 'Yes'],
  'dispute.a.debtProof.some': ['有一部分', 'Some'],
  'dispute.a.debtProof.none': ['没有', 'No'],
  ...disputeInjuryText,
  'dispute.q.howLong': ['这件事是什么时候开始的？', 'When did it start?'],
  'dispute.a.howLong.recent': ['一年以内', 'Within the last year'],
  'dispute.a.howLong.years': ['一到三年前', 'One to three years ago'],
  'dispute.a.howLong.long': ['三年以前', 'More than three years ago'],
  'dispute.a.howLong.unsure': ['记不清了', 'I don’t remember'],
  'dispute.q.wish': ['您希望怎么解决？', 'How would you like to settle it?'],
  'dispute.a.wish.talk': ['请人帮忙，双方坐下来谈', 'With some help, both sides sit down and talk'],
  'dispute.a.wish.advice': ['先问问法律上怎么说', 'First find out what the law says'],
  'dispute.a.wish.court': ['打算去法院', 'I plan to go to court'],
  'dispute.a.wish.worry': ['还没闹大，只是有点担心', 'It isn’t serious yet, I’m just worried'],
};
