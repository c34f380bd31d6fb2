import type { Texts } from './text';

/**
 * Plain statements of the general civil law (time limits, contracts, homes, mediation), each with
 * its source law and article. Only verified rules are stated; where a rule has exceptions we have
 * not verified, the tip sends the resident to a volunteer lawyer instead of saying more.
 * Family, inheritance, labour and legal-aid tips live in their own `tips-*.ts` files.
 */
export const lawTipsText: Texts = {
  'tip.limitation.title': ['打官司有时间限制', 'Court claims have a time limit'],
  'tip.limitation.1': [
    '到法院要求保护自己的权利（比如要回欠款、要求赔偿），一般要在三年内提出。',
    'To ask a court to protect your rights (for example to get money back or to claim compensation), you generally have three years.',
  ],
  'tip.limitation.2': [
    '三年从您知道或者应当知道权利受到损害以及义务人（比如欠钱的人、造成损害的人）之日起计算。从权利受到损害之日起超过二十年的，法院一般不再保护。',
    'The three years count from the day you knew, or should have known, that your rights were harmed and who is liable (for example who owes you, or who caused the harm). After twenty years from the harm itself, a court generally no longer protects the right.',
  ],
  'tip.limitation.3': [
    '您向对方催讨、对方同意履行（比如答应还钱），或者您起诉、申请仲裁的，时效中断，重新计算。催讨时要留下证据，比如短信、微信聊天记录、快递单。',
    'If you demand payment, the other side agrees to pay, or you go to court or to arbitration, the period is interrupted and starts again. Keep proof when you demand payment, such as text or WeChat messages or a courier receipt.',
  ],
  'tip.limitation.4': [
    '这些请求不受这个时间限制：要求对方停止侵害、排除妨碍、消除危险（比如让邻居停止漏水、搬走堵路的东西）；不动产（比如房子）或者登记过的动产（比如汽车）的权利人要求返还财产；要求支付赡养费、抚养费、扶养费。要求赔偿已经造成的损失，仍然有时间限制。',
    'These claims have no time limit: asking someone to stop an infringement, remove an obstruction or remove a danger (for example to stop a leak from a neighbour’s flat, or to clear a blocked passage); the holder of a property right in an immovable (such as a home) or in registered movable property (such as a car) asking for it back; and claims for support payments for a parent, a child or a spouse. Claims for compensation for harm already done still have a time limit.',
  ],
  'tip.limitation.5': [
    '劳动争议、工伤认定、撤销合同等另有期限，而且更短，具体请问志愿律师。',
    'Labour disputes, work-injury recognition, cancelling a contract and some other matters have their own, shorter limits: ask a volunteer lawyer.',
  ],
  'tip.limitation.6': [
    '借条、收据、转账记录、聊天记录都要保存好，别删。',
    'Keep IOUs, receipts, transfer records and chat messages. Don’t delete them.',
  ],
  'tip.limitation.source': [
    '《中华人民共和国民法典》第一百八十八条、第一百九十五条、第一百九十六条',
    'Civil Code of the PRC, Articles 188, 195 and 196',
  ],

  'tip.contract-cancel.title': ['撤销合同有期限', 'Cancelling a contract has deadlines'],
  'tip.contract-cancel.1': [
    '签合同时被骗（欺诈）、被胁迫，对方利用您处于危困状态、缺乏判断能力等情形让合同显失公平，或者您对合同有重大误解的，可以请求法院或者仲裁机构撤销。',
    'If you were deceived (fraud) or coerced into a contract, if the other side took advantage of your difficult situation or lack of judgement so that it is grossly unfair, or if you seriously misunderstood it, you can ask a court or an arbitration body to cancel it.',
  ],
  'tip.contract-cancel.2': [
    '被骗或者显失公平的：从知道或者应当知道撤销事由之日起一年内。',
    'Fraud or gross unfairness: within one year of when you knew or should have known the grounds.',
  ],
  'tip.contract-cancel.3': [
    '重大误解的：从知道或者应当知道撤销事由之日起九十日内。',
    'Serious misunderstanding: within 90 days of when you knew or should have known the grounds.',
  ],
  'tip.contract-cancel.4': [
    '被胁迫的：从胁迫行为终止之日起一年内。',
    'Coercion: within one year of the coercion ending.',
  ],
  'tip.contract-cancel.5': [
    '不管哪种情况，从签合同之日起五年内没有撤销的，就不能再撤销了。知道撤销事由后，明确表示或者用行动表明不撤销的，也不能再撤销。',
    'In every case, the right to cancel ends five years after the contract was made. It also ends if, knowing the grounds, you say or show by what you do that you will not cancel.',
  ],
  'tip.contract-cancel.6': [
    '觉得被骗了、吃了大亏，请尽快找志愿律师看看。',
    'If you think you were cheated or treated grossly unfairly, see a volunteer lawyer soon.',
  ],
  'tip.contract-cancel.source': [
    '《中华人民共和国民法典》第一百四十七条至第一百五十二条',
    'Civil Code of the PRC, Articles 147 to 152',
  ],

  'tip.property-registration.title': [
    '房子过户，登记了才算数',
    'A home changes hands when the transfer is registered',
  ],
  'tip.property-registration.1': [
    '买卖、赠与房子，一般要到不动产登记机构办好登记，房子才算真正转过去。',
    'When a home is bought, sold or given away, the transfer generally takes effect only once it is registered at the real estate registration office.',
  ],
  'tip.property-registration.2': [
    '只签了合同、付了钱，还不等于房子已经过到您名下。',
    'Signing a contract and paying do not by themselves put the home in your name.',
  ],
  'tip.property-registration.3': [
    '法律另有规定的情况（比如继承）不一样，具体请问志愿律师。',
    'The law makes exceptions (inheritance, for example): ask a volunteer lawyer.',
  ],
  'tip.property-registration.4': [
    '大额房款付出去之前，先请律师看看合同。',
    'Before paying a large sum for a home, have a lawyer look at the contract.',
  ],
  'tip.property-registration.source': [
    '《中华人民共和国民法典》第二百零九条',
    'Civil Code of the PRC, Article 209',
  ],

  'tip.home-gift.title': [
    '把房子送人，还能要回来吗',
    'Giving a home away: can the gift be undone?',
  ],
  'tip.home-gift.1': [
    '房子办好过户登记之前，送的人一般可以撤销赠与。',
    'Until the transfer of the home is registered, the giver can generally revoke the gift.',
  ],
  'tip.home-gift.2': [
    '但是，经过公证的赠与合同，或者救灾、扶贫、助残等公益、道德义务性质的赠与合同，不能这样撤销。',
    'This does not apply to a notarised gift contract, or to a gift for disaster relief, poverty relief, helping people with disabilities or another public-interest or moral-duty purpose.',
  ],
  'tip.home-gift.3': [
    '受赠人严重侵害送的人或者送的人的近亲属、对送的人有扶养义务而不履行，或者不履行赠与合同约定的义务的，送的人可以自知道或者应当知道撤销事由之日起一年内撤销赠与，过户以后也可以。',
    'If the recipient seriously harms the giver or the giver’s close relatives, fails a duty to support the giver, or fails the duties the gift contract sets, the giver can revoke the gift within one year of when they knew or should have known of it, even after the transfer is registered.',
  ],
  'tip.home-gift.4': [
    '送之前想清楚，可以先问问志愿律师或者公证处。',
    'Think it through before giving, and ask a volunteer lawyer or the notary office first.',
  ],
  'tip.home-gift.source': [
    '《中华人民共和国民法典》第六百五十八条、第六百六十三条',
    'Civil Code of the PRC, Articles 658 and 663',
  ],

  'tip.right-of-residence.title': [
    '房子送了，自己还想住：居住权',
    'Giving the home but still living there: a right of residence',
  ],
  'tip.right-of-residence.1': [
    '可以和房子的新主人签书面合同，设立居住权，约定您可以在这套房子里住。',
    'You can sign a written contract with the new owner that sets up a right of residence, so that you may live in the home.',
  ],
  'tip.right-of-residence.2': [
    '居住权一般无偿设立，合同另有约定的除外。',
    'A right of residence is free unless the contract says otherwise.',
  ],
  'tip.right-of-residence.3': [
    '要到不动产登记机构申请居住权登记，居住权自登记时设立。只签合同、没有登记，居住权还没有设立。',
    'It must be registered at the real estate registration office: the right exists from registration. With a contract but no registration, the right of residence does not yet exist.',
  ],
  'tip.right-of-residence.4': [
    '合同怎么写、住多久，请问志愿律师或者公证处。',
    'Ask a volunteer lawyer or the notary office how to write the contract and for how long.',
  ],
  'tip.right-of-residence.source': [
    '《中华人民共和国民法典》第三百六十六条至第三百六十八条',
    'Civil Code of the PRC, Articles 366 to 368',
  ],

  'tip.mediation.title': ['人民调解', 'People’s mediation'],
  'tip.mediation.1': ['人民调解不收费。', 'People’s mediation is free of charge.'],
  'tip.mediation.2': [
    '调解达成协议后，双方认为有必要的，可以自协议生效之日起三十日内，一起向法院申请司法确认。',
    'Once a mediation agreement takes effect, both sides together may, if they see the need, ask a court to confirm it (judicial confirmation) within 30 days.',
  ],
  'tip.mediation.3': [
    '法院确认有效后，一方不履行的，另一方可以向法院申请强制执行。',
    'Once the court has confirmed it, if one side does not carry it out, the other can ask the court to enforce it.',
  ],
  'tip.mediation.source': [
    '《中华人民共和国人民调解法》第四条、第三十三条',
    'PRC People’s Mediation Law, Articles 4 and 33',
  ],
};
