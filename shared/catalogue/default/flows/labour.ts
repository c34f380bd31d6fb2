import { hint } from '../hints';
import type { FlowSource, Texts } from '../text';
import { promptTile } from '../prompts';

/**
 * 劳动权益来学学: unpaid pay, no written contract, a work injury, dismissal, unpaid social
 * insurance benefits, or simply learning.
 * The dispute branches meet at "what proof do you have" and "what would you like to do".
 * Every labour deadline is one year (arbitration; work-injury recognition by the worker), so no
 * answer here carries the Civil Code's three-year `limitation` tip, and a work injury goes to a
 * lawyer, not to forensic appraisal (its disability grade is a labour capacity appraisal).
 */
export const labourFlow: FlowSource = {
  ...promptTile('labour'),
  start: 'issue',
  questions: [
    {
      id: 'issue',
      textKey: 'labour.q.issue',
      options: [
        {
          id: 'wages',
          labelKey: 'labour.a.issue.wages',
          next: 'employed',
          services: [hint('lawyer', 'labour'), hint('legalAid', 'mayQualify')],
          tips: ['labour-arbitration'],
          legalAid: 'labourPay',
        },
        {
          id: 'noContract',
          labelKey: 'labour.a.issue.noContract',
          next: 'worked',
          services: [hint('lawyer', 'doubleWages'), hint('legalAid', 'mayQualify')],
          tips: ['double-wages'],
          legalAid: 'labourPay',
        },
        {
          id: 'injury',
          labelKey: 'labour.a.issue.injury',
          next: 'injuryTreated',
          services: [hint('legalAid', 'mayQualify'), hint('lawyer', 'workInjury')],
          tips: ['work-injury'],
          legalAid: 'injuryDamages',
          sensitive: 'health',
        },
        {
          id: 'dismissed',
          labelKey: 'labour.a.issue.dismissed',
          next: 'dismissedWhen',
          services: [hint('lawyer', 'dismissal')],
          tips: ['severance', 'labour-arbitration'],
        },
        {
          // Legal Aid Law Art. 31(2). Its own short branch: these claims may go to the social
          // insurance agency rather than to arbitration, so the shared "what would you like to
          // do" question and the arbitration tip would mislead; the lawyer sorts out the route.
          id: 'benefits',
          labelKey: 'labour.a.issue.benefits',
          next: 'benefitsKind',
          services: [hint('lawyer', 'rights'), hint('legalAid', 'mayQualify')],
          legalAid: 'socialBenefits',
        },
        {
          id: 'learn',
          labelKey: 'labour.a.issue.learn',
          next: 'learnTopic',
          services: [hint('publicity', 'learn')],
        },
      ],
    },
    {
      id: 'benefitsKind',
      textKey: 'labour.q.benefitsKind',
      options: [
        { id: 'pension', labelKey: 'labour.a.benefitsKind.pension', next: 'benefitsWho' },
        { id: 'injury', labelKey: 'labour.a.benefitsKind.injury', next: 'benefitsWho' },
        { id: 'other', labelKey: 'labour.a.benefitsKind.other', next: 'benefitsWho' },
      ],
    },
    {
      id: 'benefitsWho',
      textKey: 'labour.q.benefitsWho',
      options: [
        { id: 'employer', labelKey: 'labour.a.benefitsWho.employer' },
        { id: 'agency', labelKey: 'labour.a.benefitsWho.agency' },
        { id: 'unsure', labelKey: 'labour.a.benefitsWho.unsure' },
      ],
    },
    {
      id: 'employed',
      textKey: 'labour.q.employed',
      options: [
        { id: 'yes', labelKey: 'labour.a.employed.yes', next: 'proof' },
        { id: 'left', labelKey: 'labour.a.employed.left', next: 'proof' },
      ],
    },
    {
      id: 'worked',
      textKey: 'labour.q.worked',
      options: [
        { id: 'underMonth', labelKey: 'labour.a.worked.underMonth', next: 'proof' },
        { id: 'underYear', labelKey: 'labour.a.worked.underYear', next: 'proof' },
        { id: 'overYear', labelKey: 'labour.a.worked.overYear', next: 'proof' },
      ],
    },
    {
      id: 'injuryTreated',
      textKey: 'labour.q.injuryTreated',
      options: [
        {
          id: 'yes',
          labelKey: 'labour.a.injuryTreated.yes',
          next: 'injuryEmployer',
          sensitive: 'health',
        },
        {
          id: 'no',
          labelKey: 'labour.a.injuryTreated.no',
          next: 'injuryEmployer',
          sensitive: 'health',
        },
      ],
    },
    {
      id: 'injuryEmployer',
      textKey: 'labour.q.injuryEmployer',
      options: [
        {
          id: 'accepts',
          labelKey: 'labour.a.injuryEmployer.accepts',
          next: 'wish',
          sensitive: 'health',
        },
        {
          id: 'denies',
          labelKey: 'labour.a.injuryEmployer.denies',
          next: 'wish',
          sensitive: 'health',
        },
        {
          id: 'notTold',
          labelKey: 'labour.a.injuryEmployer.notTold',
          next: 'wish',
          sensitive: 'health',
        },
      ],
    },
    {
      id: 'dismissedWhen',
      textKey: 'labour.q.dismissedWhen',
      options: [
        { id: 'recent', labelKey: 'labour.a.dismissedWhen.recent', next: 'proof' },
        { id: 'overYear', labelKey: 'labour.a.dismissedWhen.overYear', next: 'proof' },
        { id: 'notYet', labelKey: 'labour.a.dismissedWhen.notYet', next: 'proof' },
      ],
    },
    {
      id: 'proof',
      textKey: 'labour.q.proof',
      helpKey: 'labour.q.proof.help',
      options: [
        { id: 'yes', labelKey: 'labour.a.proof.yes', next: 'wish' },
        { id: 'some', labelKey: 'labour.a.proof.some', next: 'wish' },
        { id: 'none', labelKey: 'labour.a.proof.none', next: 'wish' },
      ],
    },
    {
      id: 'wish',
      textKey: 'labour.q.wish',
      options: [
        { id: 'talk', labelKey: 'labour.a.wish.talk', services: [hint('mediation', 'talk')] },
        {
          id: 'arbitration',
          labelKey: 'labour.a.wish.arbitration',
          services: [hint('lawyer', 'labour')],
          tips: ['labour-arbitration'],
        },
        {
          id: 'understand',
          labelKey: 'labour.a.wish.understand',
          services: [hint('lawyer', 'labour')],
        },
      ],
    },
    {
      id: 'learnTopic',
      textKey: 'labour.q.learnTopic',
      options: [
        {
          id: 'contract',
          labelKey: 'labour.a.learnTopic.contract',
          next: 'learnHow',
          tips: ['double-wages'],
        },
        {
          id: 'pay',
          labelKey: 'labour.a.learnTopic.pay',
          next: 'learnHow',
          tips: ['labour-arbitration'],
        },
        {
          id: 'injury',
          labelKey: 'labour.a.learnTopic.injury',
          next: 'learnHow',
          tips: ['work-injury'],
        },
        {
          id: 'arbitration',
          labelKey: 'labour.a.learnTopic.arbitration',
          next: 'learnHow',
          tips: ['labour-arbitration'],
        },
        {
          id: 'dismissal',
          labelKey: 'labour.a.learnTopic.dismissal',
          next: 'learnHow',
          tips: ['severance'],
        },
      ],
    },
    {
      id: 'learnHow',
      textKey: 'labour.q.learnHow',
      options: [
        {
          id: 'askNow',
          labelKey: 'labour.a.learnHow.askNow',
          services: [hint('lawyer', 'labour')],
        },
        { id: 'themeDay', labelKey: 'labour.a.learnHow.themeDay' },
      ],
    },
  ],
};

export const labourText: Texts = {
  'labour.q.issue': ['工作上遇到什么事？', 'What is happening at work?'],
  'labour.a.issue.wages': ['工资被拖欠', 'My pay is overdue'],
  'labour.a.issue.noContract': ['没签书面劳动合同', 'No written employment contract'],
  'labour.a.issue.injury': ['上班时受了伤', 'I was hurt at work'],
  'labour.a.issue.dismissed': ['被辞退了', 'I was dismissed'],
  'labour.a.issue.benefits': [
    '社保、养老金、工伤保险待遇没拿到',
    'I haven’t received social insurance, pension or work-injury insurance benefits',
  ],
  'labour.a.issue.learn': ['只是想了解自己的权益', 'I just want to know my rights'],
  'labour.q.benefitsKind': ['是哪一种待遇？', 'Which benefits?'],
  'labour.a.benefitsKind.pension': ['养老金', 'A pension'],
  'labour.a.benefitsKind.injury': ['工伤保险待遇', 'Work-injury insurance benefits'],
  'labour.a.benefitsKind.other': ['其他社保待遇', 'Other social insurance benefits'],
  'labour.q.benefitsWho': ['问题出在哪里？', 'Where is the problem?'],
  'labour.a.benefitsWho.employer': [
    '单位没给我交社保，或者不给办',
    'My employer did not pay my contributions or will not deal with it',
  ],
  'labour.a.benefitsWho.agency': ['社保部门不给发', 'The social insurance office will not pay'],
  'labour.a.benefitsWho.unsure': ['说不清', 'I’m not sure'],
  'labour.q.employed': ['您现在还在这家单位上班吗？', 'Do you still work there?'],
  'labour.a.employed.yes': ['还在', 'Yes'],
  'labour.a.employed.left': ['已经不干了', 'No, I have left'],
  'labour.q.worked': ['您在那里干了多久？', 'How long have you worked there?'],
  'labour.a.worked.underMonth': ['不到一个月', 'Less than a month'],
  'labour.a.worked.underYear': ['一个月到一年', 'Between a month and a year'],
  'labour.a.worked.overYear': ['一年以上', 'More than a year'],
  'labour.q.injuryTreated': ['看过医生了吗？', 'Have you seen a doctor?'],
  'labour.a.injuryTreated.yes': ['看过了', 'Yes'],
  'labour.a.injuryTreated.no': ['还没有', 'Not yet'],
  'labour.q.injuryEmployer': ['单位知道这件事吗？', 'Does your employer know about it?'],
  'labour.a.injuryEmployer.accepts': ['知道，也认了', 'Yes, and they accept it'],
  'labour.a.injuryEmployer.denies': ['知道，但是不认', 'Yes, but they deny it'],
  'labour.a.injuryEmployer.notTold': ['还没告诉单位', 'I haven’t told them yet'],
  'labour.q.dismissedWhen': ['什么时候被辞退的？', 'When were you dismissed?'],
  'labour.a.dismissedWhen.recent': ['一年以内', 'Within the last year'],
  'labour.a.dismissedWhen.overYear': ['一年以前', 'More than a year ago'],
  'labour.a.dismissedWhen.notYet': ['单位说要辞退我', 'They say they are going to'],
  'labour.q.proof': [
    '手上有能证明您在那里上班、拿多少工资的东西吗？',
    'Do you have anything that shows you worked there and what you were paid?',
  ],
  'labour.q.proof.help': [
    '比如工资条、考勤记录、工作证、聊天记录、转账记录。',
    'For example pay slips, attendance records, a work badge, chat messages or bank transfers.',
  ],
  'labour.a.proof.yes': ['有', 'Yes'],
  'labour.a.proof.some': ['有一部分', 'Some'],
  'labour.a.proof.none': ['没有', 'No'],
  'labour.q.wish': ['您希望怎么办？', 'What would you like to do?'],
  'labour.a.wish.talk': ['请人帮忙，和单位谈一谈', 'Get help talking it over with the employer'],
  'labour.a.wish.arbitration': ['申请劳动仲裁', 'Apply for labour arbitration'],
  'labour.a.wish.understand': ['先弄清楚再说', 'Understand it first'],
  'labour.q.learnTopic': ['想了解哪方面？', 'What would you like to learn about?'],
  'labour.a.learnTopic.contract': ['劳动合同', 'Employment contracts'],
  'labour.a.learnTopic.pay': ['工资和加班', 'Pay and overtime'],
  'labour.a.learnTopic.injury': ['工伤', 'Injuries at work'],
  'labour.a.learnTopic.arbitration': ['劳动仲裁', 'Labour arbitration'],
  'labour.a.learnTopic.dismissal': ['辞退和经济补偿', 'Dismissal and severance pay'],
  'labour.q.learnHow': ['您想怎样了解？', 'How would you like to learn?'],
  'labour.a.learnHow.askNow': ['现在问问志愿者', 'Ask a volunteer now'],
  'labour.a.learnHow.themeDay': ['参加每月的主题活动', 'Join the monthly theme activity'],
};
