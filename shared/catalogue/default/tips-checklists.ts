import type { Texts } from './text';

/** Practical checklists: they state no law, so they carry no source. */
export const checklistTipsText: Texts = {
  'tip.anti-fraud.title': ['大额付款前，先做这几件事', 'Before a large payment, check these'],
  'tip.anti-fraud.1': [
    '先核实收钱的是谁：用您自己查到的电话打过去问，不用对方给的号码。',
    'Check who you are paying: call them on a number you looked up yourself, not one they gave you.',
  ],
  'tip.anti-fraud.2': [
    '公安、检察院、法院不会让您把钱转到“安全账户”。',
    'The police, prosecutors and courts never ask you to move money into a “safe account”.',
  ],
  'tip.anti-fraud.3': [
    '验证码不告诉任何人，自称银行、公安的人也不行。',
    'Never tell anyone a verification code, not even someone who says they are from a bank or the police.',
  ],
  'tip.anti-fraud.4': [
    '有人催您快点付、叫您别告诉家里人，先停下来。',
    'If someone hurries you or tells you not to tell your family, stop.',
  ],
  'tip.anti-fraud.5': [
    '拿不准就先别付，打110或者反诈专线96110问一问。',
    'If you are not sure, don’t pay yet. Call 110 or the anti-fraud hotline 96110.',
  ],
  'tip.anti-fraud.6': [
    '钱已经转出去了，马上打110报警，同时打银行客服电话，请银行尽量拦住这笔钱。',
    'If the money has already gone, call 110 at once, and call your bank to ask them to try to stop the payment.',
  ],

  'tip.already-paid.title': ['钱已经付出去了，马上做这几件事', 'Already paid? Do these now'],
  'tip.already-paid.1': ['马上打110报警，越快越好。', 'Call 110 now. The sooner, the better.'],
  'tip.already-paid.2': [
    '同时打付款银行的客服电话（银行卡背面有号码），说明被骗了，请银行尽量拦住这笔钱。',
    'At the same time, call your bank’s customer service (the number is on the back of your card), say you have been cheated, and ask them to try to stop the payment.',
  ],
  'tip.already-paid.3': [
    '转账记录、聊天记录、对方的电话号码和账号都保存好，不要删。',
    'Keep the transfer records, chat messages, and the other side’s phone number and account. Don’t delete anything.',
  ],
  'tip.already-paid.4': [
    '不要再给对方转钱。有人说先交钱就能帮您追回被骗的钱，多半也是骗局。',
    'Don’t send them any more money. Anyone who asks for a fee to get your money back is very likely another scammer.',
  ],

  'tip.home-fraud.title': ['保护好您的房子', 'Keep your home safe'],
  'tip.home-fraud.1': [
    '房产证、身份证、户口簿不要交给不熟悉的人保管。',
    'Don’t let anyone you don’t know well keep your property certificate, ID card or household register.',
  ],
  'tip.home-fraud.2': [
    '不要随便签委托书，把卖房、抵押的事交给别人去办。',
    'Don’t sign a power of attorney that lets someone else sell or mortgage your home without thinking it through.',
  ],
  'tip.home-fraud.3': [
    '有人说“拿房子抵押就有高回报”，先停一停，和家里人、志愿者商量。',
    'If someone says mortgaging your home will bring high returns, stop and talk it over with your family and a volunteer.',
  ],
  'tip.home-fraud.4': [
    '拿不准就打110或者反诈专线96110。',
    'If you are not sure, call 110 or the anti-fraud hotline 96110.',
  ],

  'tip.contract-signing.title': ['签合同前看一看', 'Before you sign a contract'],
  'tip.contract-signing.1': [
    '每一页都看完再签，看不懂的地方先问清楚。',
    'Read every page before you sign, and ask about anything you don’t understand.',
  ],
  'tip.contract-signing.2': [
    '不要在空白合同或者空白页上签字。',
    'Never sign a blank contract or a blank page.',
  ],
  'tip.contract-signing.3': [
    '口头答应的事，要写进合同里。',
    'Anything promised out loud should be written into the contract.',
  ],
  'tip.contract-signing.4': ['签好的合同，自己留一份。', 'Keep a signed copy for yourself.'],
  'tip.contract-signing.5': [
    '有人催您马上签，先别急，拿回家想一想。',
    'If you are pushed to sign right away, don’t rush: take it home and think it over.',
  ],

  'tip.notary-certificates.title': [
    '办亲属关系、无犯罪记录等公证',
    'Notarising kinship, no criminal record and similar facts',
  ],
  'tip.notary-certificates.1': [
    '先问清楚要用这份公证书的地方（比如国外的学校、使馆，或者国内的银行）有什么要求：要不要公证、要不要翻译，还要不要办别的手续。',
    'First ask whoever will use the notarial certificate (for example a school or embassy abroad, or a bank here) what they need: whether it must be notarised, whether it must be translated, and whether any other step is required.',
  ],

  'tip.notary-documents.title': ['办公证要带什么', 'What to bring to the notary office'],
  'tip.notary-documents.1': [
    '身份证和户口簿。',
    'Your ID card and household register (hukou booklet).',
  ],
  'tip.notary-documents.2': [
    '和这件事有关的材料，比如房产证；办继承的，带上死亡证明。',
    'Papers about the matter, such as the property certificate; for an inheritance, the death certificate.',
  ],
  'tip.notary-documents.3': [
    '具体要带哪些，以公证处告诉您的为准。',
    'The notary office will tell you the exact list.',
  ],
};
