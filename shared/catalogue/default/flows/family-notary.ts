import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';

type QuestionSource = FlowSource['questions'][number];

/**
 * The family flow's notary branch: a marital property agreement, or the certificates the plan
 * names for the notary service (kinship, no criminal record) that residents otherwise had no way
 * to reach. Where the paper will be used decides what the receiving side asks for, so the
 * resident is told to ask them first.
 */
export const familyNotaryQuestions: QuestionSource[] = [
  {
    id: 'notaryWhat',
    textKey: 'family.q.notaryWhat',
    options: [
      { id: 'marital', labelKey: 'family.a.notaryWhat.marital', next: 'assetsNeed' },
      {
        id: 'kinship',
        labelKey: 'family.a.notaryWhat.kinship',
        next: 'certUse',
        services: [hint('notary', 'certificate')],
      },
      {
        id: 'noRecord',
        labelKey: 'family.a.notaryWhat.noRecord',
        next: 'certUse',
        services: [hint('notary', 'certificate')],
      },
      {
        id: 'other',
        labelKey: 'family.a.notaryWhat.other',
        next: 'certUse',
        services: [hint('notary', 'documents')],
      },
    ],
  },
  {
    id: 'certUse',
    textKey: 'family.q.certUse',
    options: [
      {
        id: 'abroad',
        labelKey: 'family.a.certUse.abroad',
        tips: ['notary-certificates', 'notary-documents'],
      },
      {
        id: 'here',
        labelKey: 'family.a.certUse.here',
        tips: ['notary-certificates', 'notary-documents'],
      },
      {
        id: 'unsure',
        labelKey: 'family.a.certUse.unsure',
        tips: ['notary-certificates', 'notary-documents'],
      },
    ],
  },
  {
    id: 'assetsNeed',
    textKey: 'family.q.assetsNeed',
    options: [
      {
        id: 'agreement',
        labelKey: 'family.a.assetsNeed.agreement',
        services: [hint('notary', 'agreement'), hint('lawyer', 'family')],
        tips: ['notary-documents'],
      },
      {
        id: 'disagree',
        labelKey: 'family.a.assetsNeed.disagree',
        services: [hint('mediation', 'family'), hint('lawyer', 'family')],
      },
      {
        id: 'learn',
        labelKey: 'family.a.assetsNeed.learn',
        services: [hint('lawyer', 'family'), hint('publicity', 'learn')],
      },
    ],
  },
];

export const familyNotaryText: Texts = {
  'family.q.notaryWhat': ['是哪一种？', 'Which is it?'],
  'family.a.notaryWhat.marital': ['夫妻财产怎么约定', 'Property between husband and wife'],
  'family.a.notaryWhat.kinship': ['亲属关系公证', 'Notarising a family relationship (kinship)'],
  'family.a.notaryWhat.noRecord': ['无犯罪记录公证', 'A no-criminal-record notarisation'],
  'family.a.notaryWhat.other': [
    '委托书、声明等其他公证',
    'A power of attorney, a declaration or another notarisation',
  ],
  'family.q.certUse': ['公证书要拿到哪里用？', 'Where will the notarised paper be used?'],
  'family.a.certUse.abroad': [
    '国外（留学、探亲、定居、工作等）',
    'Abroad (study, visiting family, settling, work)',
  ],
  'family.a.certUse.here': [
    '国内（比如银行、办继承）',
    'Here in China (for example a bank, or an inheritance)',
  ],
  'family.a.certUse.unsure': ['还不清楚', 'I don’t know yet'],
  'family.q.assetsNeed': ['您想怎么办？', 'What would you like to do?'],
  'family.a.assetsNeed.agreement': ['夫妻写一份财产约定', 'Write a property agreement together'],
  'family.a.assetsNeed.disagree': ['两个人有分歧', 'We disagree'],
  'family.a.assetsNeed.learn': ['先了解一下法律怎么规定', 'First learn what the law says'],
};
