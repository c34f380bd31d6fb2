import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';

/**
 * 继承知识来问问: planning a will, handling an estate after a death (with or without a will), or
 * a family disagreement about one, or an unpaid fuxujin (its own short branch). A disagreement
 * first asks what it is about, then joins the estate questions.
 */
export const inheritanceFlow: FlowSource = {
  ...promptTile('inheritance'),
  start: 'situation',
  questions: [
    {
      id: 'situation',
      textKey: 'inheritance.q.situation',
      options: [
        { id: 'planning', labelKey: 'inheritance.a.situation.planning', next: 'willForm' },
        {
          id: 'afterDeath',
          labelKey: 'inheritance.a.situation.afterDeath',
          next: 'hasWill',
          tips: ['inheritance-accept'],
        },
        {
          id: 'dispute',
          labelKey: 'inheritance.a.situation.dispute',
          next: 'disputeAbout',
          services: [hint('mediation', 'family'), hint('lawyer', 'inheritance')],
        },
        {
          // Legal Aid Law Art. 31(3). Its own short branch: a fuxujin is not handled like the
          // estate, so the will and estate questions do not apply.
          id: 'fuxujin',
          labelKey: 'inheritance.a.situation.fuxujin',
          next: 'fuxujinFrom',
          services: [hint('legalAid', 'mayQualify'), hint('lawyer', 'rights')],
          legalAid: 'fuxujin',
        },
      ],
    },
    {
      id: 'fuxujinFrom',
      textKey: 'inheritance.q.fuxujinFrom',
      options: [
        { id: 'employer', labelKey: 'inheritance.a.fuxujinFrom.employer', next: 'fuxujinAsked' },
        {
          id: 'government',
          labelKey: 'inheritance.a.fuxujinFrom.government',
          next: 'fuxujinAsked',
        },
        { id: 'unsure', labelKey: 'inheritance.a.fuxujinFrom.unsure', next: 'fuxujinAsked' },
      ],
    },
    {
      id: 'fuxujinAsked',
      textKey: 'inheritance.q.fuxujinAsked',
      options: [
        { id: 'noResult', labelKey: 'inheritance.a.fuxujinAsked.noResult' },
        { id: 'notYet', labelKey: 'inheritance.a.fuxujinAsked.notYet' },
      ],
    },
    {
      id: 'willForm',
      textKey: 'inheritance.q.willForm',
      options: [
        {
          id: 'handwritten',
          labelKey: 'inheritance.a.willForm.handwritten',
          next: 'willAssets',
          services: [hint('lawyer', 'inheritance')],
          tips: ['will-forms'],
        },
        {
          id: 'notarised',
          labelKey: 'inheritance.a.willForm.notarised',
          next: 'willAssets',
          services: [hint('notary', 'will')],
          tips: ['notary-documents'],
        },
        {
          id: 'withHelp',
          labelKey: 'inheritance.a.willForm.withHelp',
          next: 'willAssets',
          services: [hint('lawyer', 'inheritance')],
          tips: ['will-forms'],
        },
        {
          id: 'undecided',
          labelKey: 'inheritance.a.willForm.undecided',
          next: 'willAssets',
          services: [hint('lawyer', 'inheritance'), hint('notary', 'will')],
          tips: ['will-forms'],
        },
      ],
    },
    {
      id: 'willAssets',
      textKey: 'inheritance.q.willAssets',
      options: [
        // The spouse's half of joint property is not part of the estate (Art. 1153), and a will
        // must keep a share for a dependent heir (Art. 1141): `estate-shares` says both.
        {
          id: 'home',
          labelKey: 'inheritance.a.willAssets.home',
          next: 'willBefore',
          tips: ['estate-shares'],
        },
        {
          id: 'savings',
          labelKey: 'inheritance.a.willAssets.savings',
          next: 'willBefore',
          tips: ['estate-shares'],
        },
        {
          id: 'both',
          labelKey: 'inheritance.a.willAssets.both',
          next: 'willBefore',
          tips: ['estate-shares'],
        },
      ],
    },
    {
      id: 'willBefore',
      textKey: 'inheritance.q.willBefore',
      options: [
        { id: 'yes', labelKey: 'inheritance.a.willBefore.yes', tips: ['will-forms'] },
        { id: 'no', labelKey: 'inheritance.a.willBefore.no' },
      ],
    },
    {
      id: 'disputeAbout',
      textKey: 'inheritance.q.disputeAbout',
      options: [
        {
          id: 'validWill',
          labelKey: 'inheritance.a.disputeAbout.validWill',
          next: 'hasWill',
          tips: ['will-forms'],
        },
        {
          id: 'shares',
          labelKey: 'inheritance.a.disputeAbout.shares',
          next: 'hasWill',
          tips: ['statutory-heirs', 'estate-shares'],
        },
        {
          id: 'care',
          labelKey: 'inheritance.a.disputeAbout.care',
          next: 'hasWill',
          tips: ['estate-shares'],
        },
      ],
    },
    {
      id: 'hasWill',
      textKey: 'inheritance.q.hasWill',
      options: [
        {
          id: 'yes',
          labelKey: 'inheritance.a.hasWill.yes',
          next: 'heirsAgree',
          tips: ['will-forms'],
        },
        {
          id: 'several',
          labelKey: 'inheritance.a.hasWill.several',
          next: 'heirsAgree',
          services: [hint('lawyer', 'inheritance')],
          tips: ['will-forms'],
        },
        {
          id: 'no',
          labelKey: 'inheritance.a.hasWill.no',
          next: 'heirsAgree',
          tips: ['statutory-heirs'],
        },
        {
          id: 'unsure',
          labelKey: 'inheritance.a.hasWill.unsure',
          next: 'heirsAgree',
          tips: ['statutory-heirs'],
        },
      ],
    },
    {
      id: 'heirsAgree',
      textKey: 'inheritance.q.heirsAgree',
      options: [
        {
          id: 'agree',
          labelKey: 'inheritance.a.heirsAgree.agree',
          next: 'estate',
          services: [hint('notary', 'inheritance')],
          tips: ['notary-documents'],
        },
        {
          id: 'disagree',
          labelKey: 'inheritance.a.heirsAgree.disagree',
          next: 'estate',
          services: [hint('mediation', 'family'), hint('lawyer', 'inheritance')],
          tips: ['estate-shares', 'mediation'],
        },
        {
          id: 'missing',
          labelKey: 'inheritance.a.heirsAgree.missing',
          next: 'estate',
          services: [hint('lawyer', 'inheritance')],
        },
      ],
    },
    {
      id: 'estate',
      textKey: 'inheritance.q.estate',
      options: [
        { id: 'home', labelKey: 'inheritance.a.estate.home', tips: ['property-registration'] },
        { id: 'savings', labelKey: 'inheritance.a.estate.savings' },
        { id: 'both', labelKey: 'inheritance.a.estate.both', tips: ['property-registration'] },
      ],
    },
  ],
};

export const inheritanceText: Texts = {
  'inheritance.q.situation': ['您想问哪方面？', 'What would you like to ask about?'],
  'inheritance.a.situation.planning': [
    '为自己以后打算，想立遗嘱',
    'Planning ahead: making my will',
  ],
  'inheritance.a.situation.afterDeath': [
    '家里有人过世，要办继承',
    'A relative has died and the estate must be handled',
  ],
  'inheritance.a.situation.dispute': [
    '家里对继承有争议',
    'The family disagree about an inheritance',
  ],
  'inheritance.a.situation.fuxujin': [
    '家里有人过世，该发的抚恤金没有发',
    'A relative has died and the fuxujin (survivor’s pension) has not been paid',
  ],
  'inheritance.q.fuxujinFrom': ['抚恤金应该由哪里发？', 'Who should pay the fuxujin?'],
  'inheritance.a.fuxujinFrom.employer': ['过世家人原来的单位', 'My late relative’s employer'],
  'inheritance.a.fuxujinFrom.government': ['政府部门', 'A government department'],
  'inheritance.a.fuxujinFrom.unsure': ['不清楚', 'I don’t know'],
  'inheritance.q.fuxujinAsked': ['您去问过、要过吗？', 'Have you asked for it?'],
  'inheritance.a.fuxujinAsked.noResult': ['问过了，没有结果', 'Yes, with no result'],
  'inheritance.a.fuxujinAsked.notYet': ['还没有', 'Not yet'],
  'inheritance.q.willForm': ['您打算怎样立遗嘱？', 'How would you like to make your will?'],
  'inheritance.a.willForm.handwritten': ['自己亲笔写', 'Write it by hand myself'],
  'inheritance.a.willForm.notarised': ['到公证处办', 'At the notary office'],
  'inheritance.a.willForm.withHelp': ['请人代写，或者打印', 'Have someone write it, or print it'],
  'inheritance.a.willForm.undecided': ['还没想好', 'I haven’t decided'],
  'inheritance.q.willAssets': ['遗嘱主要涉及什么？', 'What will your will mainly cover?'],
  'inheritance.a.willAssets.home': ['房子', 'A home'],
  'inheritance.a.willAssets.savings': ['存款', 'Savings'],
  'inheritance.a.willAssets.both': ['都有', 'Both'],
  'inheritance.q.willBefore': ['以前立过遗嘱吗？', 'Have you made a will before?'],
  'inheritance.a.willBefore.yes': ['立过', 'Yes'],
  'inheritance.a.willBefore.no': ['没有', 'No'],
  'inheritance.q.disputeAbout': ['主要争的是什么？', 'What is the disagreement mainly about?'],
  'inheritance.a.disputeAbout.validWill': ['遗嘱算不算数', 'Whether the will is valid'],
  'inheritance.a.disputeAbout.shares': ['谁该分多少', 'Who should get how much'],
  'inheritance.a.disputeAbout.care': [
    '谁照顾老人多，该多分',
    'Who cared for the elder more and should get more',
  ],
  'inheritance.q.hasWill': ['过世的家人留了遗嘱吗？', 'Did your late relative leave a will?'],
  'inheritance.a.hasWill.yes': ['留了一份', 'Yes, one'],
  'inheritance.a.hasWill.several': ['留了不止一份', 'More than one'],
  'inheritance.a.hasWill.no': ['没有', 'No'],
  'inheritance.a.hasWill.unsure': ['不清楚', 'I don’t know'],
  'inheritance.q.heirsAgree': [
    '家里人对怎么分意见一致吗？',
    'Does the family agree on how to divide it?',
  ],
  'inheritance.a.heirsAgree.agree': ['意见一致', 'Yes, we agree'],
  'inheritance.a.heirsAgree.disagree': ['意见不一致', 'No, we disagree'],
  'inheritance.a.heirsAgree.missing': ['有人联系不上', 'Someone can’t be reached'],
  'inheritance.q.estate': ['遗产主要是什么？', 'What does the estate mainly consist of?'],
  'inheritance.a.estate.home': ['房子', 'A home'],
  'inheritance.a.estate.savings': ['存款', 'Savings'],
  'inheritance.a.estate.both': ['都有', 'Both'],
};
