import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';
import { familySafetyQuestions, familySafetyText } from './family-safety';
import { familyNotaryQuestions, familyNotaryText } from './family-notary';

/**
 * 婚姻家事来聊聊: divorce, support payments, violence at home, an elder who can no longer manage
 * or wants to plan ahead, notarised papers (a marital property agreement, kinship, no criminal
 * record: the notary matters the plan names), family quarrels. The violence and elder-care
 * questions live in `family-safety.ts`, the notary ones in `family-notary.ts`.
 */
export const familyFlow: FlowSource = {
  ...promptTile('family'),
  start: 'topic',
  questions: [
    {
      id: 'topic',
      textKey: 'family.q.topic',
      options: [
        { id: 'divorce', labelKey: 'family.a.topic.divorce', next: 'divorceAgree' },
        { id: 'support', labelKey: 'family.a.topic.support', next: 'supportWho' },
        {
          id: 'violence',
          labelKey: 'family.a.topic.violence',
          next: 'safeNow',
          services: [hint('lawyer', 'protectionOrder'), hint('legalAid', 'mayQualify')],
          tips: ['domestic-violence'],
          legalAid: 'abuseVictim',
          sensitive: 'domesticViolence',
        },
        { id: 'elder', labelKey: 'family.a.topic.elder', next: 'elderState' },
        { id: 'assets', labelKey: 'family.a.topic.assets', next: 'notaryWhat' },
        { id: 'quarrel', labelKey: 'family.a.topic.quarrel', next: 'quarrelWho' },
      ],
    },
    {
      id: 'divorceAgree',
      textKey: 'family.q.divorceAgree',
      options: [
        {
          id: 'both',
          labelKey: 'family.a.divorceAgree.both',
          next: 'children',
          services: [hint('lawyer', 'family')],
          tips: ['divorce-cooling-off'],
        },
        {
          id: 'notBoth',
          labelKey: 'family.a.divorceAgree.notBoth',
          next: 'children',
          services: [hint('lawyer', 'family')],
        },
        {
          id: 'thinking',
          labelKey: 'family.a.divorceAgree.thinking',
          next: 'children',
          services: [hint('mediation', 'family'), hint('lawyer', 'family')],
          tips: ['divorce-cooling-off'],
        },
      ],
    },
    {
      id: 'children',
      textKey: 'family.q.children',
      options: [
        {
          id: 'yes',
          labelKey: 'family.a.children.yes',
          next: 'divorceAssets',
          tips: ['support-payments'],
          sensitive: 'minor',
        },
        { id: 'no', labelKey: 'family.a.children.no', next: 'divorceAssets' },
      ],
    },
    {
      id: 'divorceAssets',
      textKey: 'family.q.divorceAssets',
      options: [
        { id: 'agreed', labelKey: 'family.a.divorceAssets.agreed' },
        {
          id: 'notAgreed',
          labelKey: 'family.a.divorceAssets.notAgreed',
          services: [hint('mediation', 'family'), hint('lawyer', 'family')],
        },
        {
          id: 'unsure',
          labelKey: 'family.a.divorceAssets.unsure',
          services: [hint('lawyer', 'family')],
        },
      ],
    },
    {
      id: 'supportWho',
      textKey: 'family.q.supportWho',
      options: [
        {
          id: 'parent',
          labelKey: 'family.a.supportWho.parent',
          next: 'supportTalk',
          services: [hint('legalAid', 'mayQualify')],
          tips: ['support-payments'],
          legalAid: 'supportPayments',
        },
        {
          id: 'child',
          labelKey: 'family.a.supportWho.child',
          next: 'supportTalk',
          services: [hint('legalAid', 'mayQualify')],
          tips: ['support-payments'],
          legalAid: 'supportPayments',
          sensitive: 'minor',
        },
        {
          id: 'spouse',
          labelKey: 'family.a.supportWho.spouse',
          next: 'supportTalk',
          services: [hint('legalAid', 'mayQualify'), hint('lawyer', 'family')],
          legalAid: 'supportPayments',
        },
      ],
    },
    {
      id: 'supportTalk',
      textKey: 'family.q.supportTalk',
      options: [
        {
          id: 'refused',
          labelKey: 'family.a.supportTalk.refused',
          services: [hint('mediation', 'family'), hint('lawyer', 'family')],
        },
        {
          id: 'notYet',
          labelKey: 'family.a.supportTalk.notYet',
          services: [hint('mediation', 'family')],
        },
        {
          id: 'noContact',
          labelKey: 'family.a.supportTalk.noContact',
          services: [hint('lawyer', 'family')],
        },
      ],
    },
    ...familySafetyQuestions,
    ...familyNotaryQuestions,
    {
      id: 'quarrelWho',
      textKey: 'family.q.quarrelWho',
      options: [
        { id: 'spouse', labelKey: 'family.a.quarrelWho.spouse', next: 'quarrelWish' },
        { id: 'children', labelKey: 'family.a.quarrelWho.children', next: 'quarrelWish' },
        { id: 'inLaws', labelKey: 'family.a.quarrelWho.inLaws', next: 'quarrelWish' },
        { id: 'siblings', labelKey: 'family.a.quarrelWho.siblings', next: 'quarrelWish' },
      ],
    },
    {
      id: 'quarrelWish',
      textKey: 'family.q.quarrelWish',
      options: [
        {
          id: 'talk',
          labelKey: 'family.a.quarrelWish.talk',
          services: [hint('mediation', 'family')],
        },
        {
          id: 'advice',
          labelKey: 'family.a.quarrelWish.advice',
          services: [hint('lawyer', 'family')],
        },
        {
          id: 'listen',
          labelKey: 'family.a.quarrelWish.listen',
          services: [hint('mediation', 'family')],
        },
      ],
    },
  ],
};

export const familyText: Texts = {
  'family.q.topic': ['想聊哪方面的家事？', 'What family matter would you like to talk about?'],
  'family.a.topic.divorce': ['离婚', 'Divorce'],
  'family.a.topic.support': ['赡养费、抚养费', 'Support payments for parents or children'],
  'family.a.topic.violence': ['家里有人打人、威胁人', 'Someone at home hits or threatens others'],
  'family.a.topic.elder': [
    '老人需要有人帮他办事，或者想提前安排',
    'An elderly relative needs help, or wants to plan ahead',
  ],
  'family.a.topic.assets': [
    '夫妻财产约定、亲属关系等公证',
    'Notarised papers: marital property, kinship',
  ],
  'family.a.topic.quarrel': ['家里人闹矛盾', 'Family quarrels'],
  'family.q.divorceAgree': ['双方都同意离婚吗？', 'Do you both agree to divorce?'],
  'family.a.divorceAgree.both': ['都同意', 'Yes, we both agree'],
  'family.a.divorceAgree.notBoth': ['有一方不同意', 'One of us does not agree'],
  'family.a.divorceAgree.thinking': ['还在考虑', 'Still thinking about it'],
  'family.q.children': ['有没有未满18岁的孩子？', 'Do you have children under 18?'],
  'family.a.children.yes': ['有', 'Yes'],
  'family.a.children.no': ['没有', 'No'],
  'family.q.divorceAssets': [
    '房子、存款怎么分，商量好了吗？',
    'Have you agreed how to divide the home and savings?',
  ],
  'family.a.divorceAssets.agreed': ['商量好了', 'Yes, we have agreed'],
  'family.a.divorceAssets.notAgreed': ['还没商量好', 'Not yet'],
  'family.a.divorceAssets.unsure': ['不清楚家里有哪些财产', 'I don’t know what we own'],
  'family.q.supportWho': ['是谁需要这笔钱？', 'Who needs the support?'],
  'family.a.supportWho.parent': [
    '老人向子女要赡养费',
    'An elderly parent, from their adult children',
  ],
  'family.a.supportWho.child': ['孩子向父母要抚养费', 'A child, from a parent'],
  'family.a.supportWho.spouse': ['夫妻之间要扶养费', 'A husband or wife, from the other'],
  'family.q.supportTalk': ['和对方商量过吗？', 'Have you talked it over with them?'],
  'family.a.supportTalk.refused': ['谈过，对方不肯给', 'Yes, but they refuse to pay'],
  'family.a.supportTalk.notYet': ['还没谈', 'Not yet'],
  'family.a.supportTalk.noContact': ['联系不上对方', 'I can’t reach them'],
  ...familySafetyText,
  ...familyNotaryText,
  'family.q.quarrelWho': ['和谁闹矛盾？', 'Who is the quarrel with?'],
  'family.a.quarrelWho.spouse': ['老伴、爱人', 'My husband or wife'],
  'family.a.quarrelWho.children': ['子女', 'My children'],
  'family.a.quarrelWho.inLaws': ['亲家、儿媳、女婿', 'In-laws'],
  'family.a.quarrelWho.siblings': ['兄弟姐妹', 'Brothers or sisters'],
  'family.q.quarrelWish': ['您希望怎么解决？', 'How would you like to settle it?'],
  'family.a.quarrelWish.talk': [
    '请调解员帮忙，大家坐下来谈',
    'A mediator helps us sit down and talk',
  ],
  'family.a.quarrelWish.advice': ['先问问法律上怎么说', 'First find out what the law says'],
  'family.a.quarrelWish.listen': ['只是想找人说说', 'I just want someone to listen'],
};
