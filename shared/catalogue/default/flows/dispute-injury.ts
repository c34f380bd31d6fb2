import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';

type QuestionSource = FlowSource['questions'][number];

const injuryAid = [hint('legalAid', 'mayQualify'), hint('forensic', 'injury')];

/**
 * The dispute flow's injury branch. Every answer reveals health information, so every one is
 * marked sensitive.
 *
 * An injury at work takes its own branch (`workStage`): work-injury recognition and labour
 * arbitration run on one-year limits (Work Injury Insurance Regulations Art. 17, Labour Dispute
 * Mediation and Arbitration Law Art. 27), so the civil three-year question and tip would mislead,
 * and its disability grade is set by the labour capacity appraisal committee (Arts. 21-23), not
 * by forensic appraisal. Other injuries go on to the time-limit question (`howLong`).
 */
export const disputeInjuryQuestions: QuestionSource[] = [
  {
    id: 'injuryHow',
    textKey: 'dispute.q.injuryHow',
    options: [
      {
        id: 'traffic',
        labelKey: 'dispute.a.injuryHow.traffic',
        next: 'howLong',
        services: injuryAid,
        tips: ['injury'],
        legalAid: 'injuryDamages',
        sensitive: 'health',
      },
      {
        id: 'medical',
        labelKey: 'dispute.a.injuryHow.medical',
        next: 'howLong',
        services: injuryAid,
        tips: ['injury'],
        legalAid: 'injuryDamages',
        sensitive: 'health',
      },
      {
        id: 'work',
        labelKey: 'dispute.a.injuryHow.work',
        next: 'workStage',
        services: [hint('legalAid', 'mayQualify'), hint('lawyer', 'workInjury')],
        tips: ['work-injury'],
        legalAid: 'injuryDamages',
        sensitive: 'health',
      },
      {
        id: 'helping',
        labelKey: 'dispute.a.injuryHow.helping',
        next: 'howLong',
        services: injuryAid,
        tips: ['injury'],
        legalAid: 'goodSamaritan',
        sensitive: 'health',
      },
      {
        id: 'fight',
        labelKey: 'dispute.a.injuryHow.fight',
        next: 'howLong',
        services: [hint('mediation', 'talk'), hint('forensic', 'injury'), hint('lawyer', 'rights')],
        tips: ['injury'],
        sensitive: 'health',
      },
      {
        id: 'other',
        labelKey: 'dispute.a.injuryHow.other',
        next: 'howLong',
        services: [hint('forensic', 'injury'), hint('lawyer', 'rights')],
        tips: ['injury'],
        sensitive: 'health',
      },
    ],
  },
  {
    id: 'workStage',
    textKey: 'dispute.q.workStage',
    helpKey: 'dispute.q.workStage.help',
    options: [
      {
        id: 'employerApplied',
        labelKey: 'dispute.a.workStage.employerApplied',
        services: [hint('lawyer', 'workInjury')],
        sensitive: 'health',
      },
      {
        id: 'notApplied',
        labelKey: 'dispute.a.workStage.notApplied',
        services: [hint('lawyer', 'workInjury')],
        sensitive: 'health',
      },
      {
        id: 'grading',
        labelKey: 'dispute.a.workStage.grading',
        services: [hint('lawyer', 'workInjury')],
        sensitive: 'health',
      },
      {
        id: 'unsure',
        labelKey: 'dispute.a.workStage.unsure',
        services: [hint('lawyer', 'workInjury')],
        sensitive: 'health',
      },
    ],
  },
];

export const disputeInjuryText: Texts = {
  'dispute.q.injuryHow': ['伤是怎么来的？', 'How did the injury happen?'],
  'dispute.a.injuryHow.traffic': ['交通事故', 'A traffic accident'],
  'dispute.a.injuryHow.medical': [
    '看病治疗时出了问题',
    'Something went wrong during medical treatment',
  ],
  'dispute.a.injuryHow.work': ['上班的时候', 'At work'],
  // Legal Aid Law Art. 32(2) covers only 见义勇为, not helping others in general.
  'dispute.a.injuryHow.helping': [
    '见义勇为，挺身救助遇到危险的人的时候',
    'While bravely stepping in to help someone in danger',
  ],
  'dispute.a.injuryHow.fight': ['吵架、打架的时候', 'In a quarrel or a fight'],
  'dispute.a.injuryHow.other': ['其他', 'Some other way'],
  'dispute.q.workStage': [
    '工伤认定办到哪一步了？',
    'How far has the work-injury recognition gone?',
  ],
  'dispute.q.workStage.help': [
    '单位没有申请的，受伤的人或者家里人可以自受伤之日起1年内自己申请，别拖。',
    'If your employer has not applied, you or your family can apply yourselves within one year of the injury. Don’t wait.',
  ],
  'dispute.a.workStage.employerApplied': ['单位已经申请了', 'My employer has applied'],
  'dispute.a.workStage.notApplied': ['单位没有申请', 'My employer has not applied'],
  'dispute.a.workStage.grading': [
    '已经认定是工伤，要评伤残等级',
    'It is recognised; now the disability grade must be set',
  ],
  'dispute.a.workStage.unsure': ['不清楚', 'I don’t know'],
};
