import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';

type QuestionSource = FlowSource['questions'][number];

/**
 * The family flow's safety and care branches: violence at home, an elder who can no longer
 * manage, and an elder planning ahead while clear-headed. Every answer in the violence branch is
 * marked sensitive so that, without the separate consent, none of it is kept; mediation is never
 * offered there (the parties are not equals).
 *
 * An elder who is neglected is not always abused or abandoned: only 虐待/遗弃 are Legal Aid Law
 * Art. 32(4) matters (no hardship test), so neglect leads to a support claim (Art. 31) instead.
 */
export const familySafetyQuestions: QuestionSource[] = [
  {
    id: 'safeNow',
    textKey: 'family.q.safeNow',
    helpKey: 'family.q.safeNow.help',
    options: [
      {
        id: 'unsafe',
        labelKey: 'family.a.safeNow.unsafe',
        next: 'dvWho',
        sensitive: 'domesticViolence',
      },
      {
        id: 'safe',
        labelKey: 'family.a.safeNow.safe',
        next: 'dvWho',
        sensitive: 'domesticViolence',
      },
      {
        id: 'unsure',
        labelKey: 'family.a.safeNow.unsure',
        next: 'dvWho',
        sensitive: 'domesticViolence',
      },
    ],
  },
  {
    id: 'dvWho',
    textKey: 'family.q.dvWho',
    options: [
      { id: 'me', labelKey: 'family.a.dvWho.me', next: 'dvHelp', sensitive: 'domesticViolence' },
      { id: 'child', labelKey: 'family.a.dvWho.child', next: 'dvHelp', sensitive: 'minor' },
      {
        id: 'elder',
        labelKey: 'family.a.dvWho.elder',
        next: 'dvHelp',
        sensitive: 'domesticViolence',
      },
      {
        id: 'other',
        labelKey: 'family.a.dvWho.other',
        next: 'dvHelp',
        sensitive: 'domesticViolence',
      },
    ],
  },
  {
    id: 'dvHelp',
    textKey: 'family.q.dvHelp',
    options: [
      {
        id: 'order',
        labelKey: 'family.a.dvHelp.order',
        services: [hint('lawyer', 'protectionOrder')],
        sensitive: 'domesticViolence',
      },
      {
        id: 'lawyer',
        labelKey: 'family.a.dvHelp.lawyer',
        services: [hint('legalAid', 'mayQualify')],
        sensitive: 'domesticViolence',
      },
      {
        id: 'divorce',
        labelKey: 'family.a.dvHelp.divorce',
        services: [hint('lawyer', 'family')],
        sensitive: 'domesticViolence',
      },
      {
        id: 'talk',
        labelKey: 'family.a.dvHelp.talk',
        services: [hint('lawyer', 'family')],
        sensitive: 'domesticViolence',
      },
    ],
  },
  {
    id: 'elderState',
    textKey: 'family.q.elderState',
    options: [
      {
        id: 'confused',
        labelKey: 'family.a.elderState.confused',
        next: 'elderNeed',
        services: [hint('forensic', 'capacity')],
        sensitive: 'health',
      },
      {
        id: 'ill',
        labelKey: 'family.a.elderState.ill',
        next: 'elderNeed',
        services: [hint('lawyer', 'family')],
        sensitive: 'health',
      },
      {
        id: 'planning',
        labelKey: 'family.a.elderState.planning',
        next: 'planNeed',
      },
    ],
  },
  {
    id: 'elderNeed',
    textKey: 'family.q.elderNeed',
    options: [
      { id: 'money', labelKey: 'family.a.elderNeed.money', services: [hint('lawyer', 'family')] },
      {
        id: 'guardian',
        labelKey: 'family.a.elderNeed.guardian',
        services: [
          hint('lawyer', 'family'),
          hint('legalAid', 'mayQualify'),
          hint('forensic', 'capacity'),
        ],
        legalAid: 'civilCapacity',
        // Asking for a guardian says the elder may no longer manage their own affairs: health.
        sensitive: 'health',
      },
      {
        id: 'mistreated',
        labelKey: 'family.a.elderNeed.mistreated',
        services: [hint('legalAid', 'mayQualify'), hint('lawyer', 'rights')],
        legalAid: 'abuseVictim',
        sensitive: 'domesticViolence',
      },
      {
        id: 'neglected',
        labelKey: 'family.a.elderNeed.neglected',
        services: [hint('mediation', 'family'), hint('legalAid', 'mayQualify')],
        tips: ['support-payments'],
        legalAid: 'supportPayments',
      },
    ],
  },
  {
    // A clear-headed elder: never the incapacity route (forensic appraisal, declaring incapacity).
    id: 'planNeed',
    textKey: 'family.q.planNeed',
    options: [
      {
        id: 'guardian',
        labelKey: 'family.a.planNeed.guardian',
        services: [hint('notary', 'guardianship'), hint('lawyer', 'family')],
        tips: ['chosen-guardian'],
      },
      {
        id: 'money',
        labelKey: 'family.a.planNeed.money',
        services: [hint('notary', 'powerOfAttorney'), hint('lawyer', 'family')],
      },
      {
        id: 'will',
        labelKey: 'family.a.planNeed.will',
        services: [hint('lawyer', 'inheritance'), hint('notary', 'will')],
        tips: ['will-forms'],
      },
      {
        id: 'home',
        labelKey: 'family.a.planNeed.home',
        services: [hint('lawyer', 'property')],
        tips: ['home-gift', 'right-of-residence'],
      },
    ],
  },
];

export const familySafetyText: Texts = {
  'family.q.safeNow': ['您现在安全吗？', 'Are you safe right now?'],
  'family.q.safeNow.help': [
    '如果现在有危险，请马上打110。',
    'If you are in danger now, call 110 straight away.',
  ],
  'family.a.safeNow.unsafe': ['不安全', 'No'],
  'family.a.safeNow.safe': ['现在安全', 'Yes, for now'],
  'family.a.safeNow.unsure': ['说不好', 'I’m not sure'],
  'family.q.dvWho': ['受到伤害的是谁？', 'Who is being hurt?'],
  'family.a.dvWho.me': ['我自己', 'Me'],
  'family.a.dvWho.child': ['孩子', 'A child'],
  'family.a.dvWho.elder': ['家里的老人', 'An elderly family member'],
  'family.a.dvWho.other': ['其他家里人', 'Another family member'],
  'family.q.dvHelp': ['您想先得到哪种帮助？', 'What help would you like first?'],
  'family.a.dvHelp.order': [
    '了解人身安全保护令',
    'Find out about a personal safety protection order',
  ],
  'family.a.dvHelp.lawyer': ['请律师帮我维权', 'A lawyer to help me stand up for my rights'],
  'family.a.dvHelp.divorce': ['想离婚', 'I want a divorce'],
  'family.a.dvHelp.talk': ['先找人说说', 'Just talk to someone first'],
  'family.q.elderState': ['老人现在是什么情况？', 'How is your elderly relative now?'],
  'family.a.elderState.confused': ['记性很差，常常糊涂', 'Very forgetful, often confused'],
  'family.a.elderState.ill': ['生病了，没法自己办事', 'Ill and unable to manage their affairs'],
  'family.a.elderState.planning': ['头脑清楚，想提前安排', 'Clear-headed, and wants to plan ahead'],
  'family.q.elderNeed': ['主要想办什么事？', 'What needs doing most?'],
  'family.a.elderNeed.money': [
    '管钱、领养老金、处理房子',
    'Managing money, the pension or the home',
  ],
  'family.a.elderNeed.guardian': [
    '定下由谁来照顾、替老人做主',
    'Deciding who looks after them and decides for them',
  ],
  'family.a.elderNeed.mistreated': [
    '有人打骂、虐待或者遗弃老人',
    'Someone beats, abuses or abandons them',
  ],
  'family.a.elderNeed.neglected': [
    '子女不照顾老人、不给赡养费',
    'Their children do not look after them or pay support',
  ],
  'family.q.planNeed': ['想提前安排哪件事？', 'What would you like to arrange in advance?'],
  'family.a.planNeed.guardian': [
    '老人自己提前选好以后替他做主的人（意定监护）',
    'The elder chooses now who will decide for them later',
  ],
  'family.a.planNeed.money': [
    '委托别人帮老人管钱、办事',
    'Someone to manage money or affairs for them',
  ],
  'family.a.planNeed.will': ['立遗嘱', 'Make a will'],
  'family.a.planNeed.home': [
    '房子怎么安排（比如送给子女、自己还要住）',
    'What to do with the home (for example, give it to the children but keep living there)',
  ],
};
