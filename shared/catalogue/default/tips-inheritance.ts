import type { Texts } from './text';

/** Wills and inheritance (Civil Code, Book Six), each tip with its source. */
export const inheritanceTipsText: Texts = {
  'tip.will-forms.title': ['遗嘱有哪几种', 'Ways to make a will'],
  'tip.will-forms.1': [
    '自书遗嘱：自己亲笔写，签名，写上年、月、日。',
    'Handwritten: written entirely in your own hand, signed, with the year, month and day.',
  ],
  'tip.will-forms.2': [
    '代书遗嘱：两个以上见证人在场，由其中一人代写，您、代写人和其他见证人签名，写上年、月、日。',
    'Written by someone else: at least two witnesses present, one of them writes it; you, the writer and the other witnesses sign and date it.',
  ],
  'tip.will-forms.3': [
    '打印遗嘱：两个以上见证人在场，您和见证人在每一页签名，写上年、月、日。',
    'Printed: at least two witnesses present; you and the witnesses sign every page and date it.',
  ],
  'tip.will-forms.4': [
    '录音录像遗嘱：两个以上见证人在场，录音录像里要有您和见证人的姓名或者样子，以及年、月、日。',
    'Audio or video: at least two witnesses present; the recording shows your and the witnesses’ names or faces, and the date.',
  ],
  'tip.will-forms.5': [
    '口头遗嘱：只有在危急情况下才可以立，也要有两个以上见证人在场。危急情况过去后，能用书面或者录音录像立遗嘱的，这份口头遗嘱就无效了。',
    'Spoken: only in an emergency, also with at least two witnesses present. Once the emergency is over and you are able to make a written or audio/video will, the spoken will is no longer valid.',
  ],
  'tip.will-forms.6': ['公证遗嘱：由公证机构办理。', 'Notarised: made through a notary office.'],
  // Civil Code Art. 1142 dropped the old Succession Law Art. 20 priority of notarised wills; the
  // old rule can still matter for wills made before 2021, so the tip says so and says no more.
  'tip.will-forms.7': [
    '立过几份遗嘱、内容不一样的，以最后一份为准，公证遗嘱不再优先。如果有遗嘱是2021年以前立的，以前“公证遗嘱优先”的老规定可能还有影响，请问律师。',
    'If several wills disagree, the last one counts, and a notarised will no longer takes priority. If any of the wills was made before 2021, the old rule that a notarised will came first may still matter: ask a lawyer.',
  ],
  'tip.will-forms.8': [
    '这些人不能当见证人：不能完全自己做主的人（无民事行为能力人、限制民事行为能力人）和其他没有见证能力的人；继承人、受遗赠人；和继承人、受遗赠人有利害关系的人。拿不准的，先问律师或者公证处。',
    'These people cannot be witnesses: anyone without full legal capacity (who cannot, or can only partly, make legal decisions for themselves) or otherwise unable to witness; heirs and people left something in the will; and anyone whose interests are tied to an heir or to someone left something. If unsure, ask a lawyer or the notary office first.',
  ],
  'tip.will-forms.source': [
    '《中华人民共和国民法典》第一千一百三十四条至第一千一百四十条、第一千一百四十二条',
    'Civil Code of the PRC, Articles 1134 to 1140 and 1142',
  ],

  'tip.statutory-heirs.title': ['没有遗嘱时，谁来继承', 'Who inherits when there is no will'],
  'tip.statutory-heirs.1': [
    '第一顺序：配偶、子女、父母。',
    'First in line: spouse, children, parents.',
  ],
  'tip.statutory-heirs.2': [
    '第二顺序：兄弟姐妹、祖父母、外祖父母。',
    'Second in line: brothers and sisters, and grandparents on both sides.',
  ],
  'tip.statutory-heirs.3': [
    '先由第一顺序的人继承，第二顺序的人不继承。第一顺序没有人继承的（比如没有这些人，或者他们都放弃了、都失去了继承权），才由第二顺序继承。',
    'Those first in line inherit, and those second in line do not. Only when no one first in line inherits (for example, there is no one, or all of them give up or lose the right to inherit) do those second in line inherit.',
  ],
  'tip.statutory-heirs.4': [
    '子女比过世的父母先去世的，由这个子女的子女、孙子女等晚辈直系血亲代替他继承（代位继承）；兄弟姐妹先去世的，由兄弟姐妹的子女代位继承。代位继承的人一般只能继承被代位的人本来应得的那一份。',
    'If a child of the deceased died before them, that child’s own children, grandchildren and further direct descendants inherit in the child’s place (inheritance by representation); if a brother or sister died first, their children inherit in their place. Those who inherit in someone’s place generally receive only the share that person was entitled to.',
  ],
  'tip.statutory-heirs.5': [
    '丧偶的儿媳对公婆、丧偶的女婿对岳父母，尽了主要赡养义务的，也是第一顺序继承人。',
    'A widowed daughter-in-law who provided most of the support for her parents-in-law, or a widowed son-in-law who did so for his, is also first in line to inherit from them.',
  ],
  'tip.statutory-heirs.6': [
    '继子女、养子女等特殊情况，请问志愿律师。',
    'For stepchildren, adopted children and other special cases, ask a volunteer lawyer.',
  ],
  'tip.statutory-heirs.source': [
    '《中华人民共和国民法典》第一千一百二十七条、第一千一百二十八条、第一千一百二十九条',
    'Civil Code of the PRC, Articles 1127, 1128 and 1129',
  ],

  'tip.estate-shares.title': ['遗产怎么分', 'How an estate is shared'],
  'tip.estate-shares.1': [
    '夫妻共同所有的财产，除另有约定外，分遗产时要先分出一半归配偶，剩下的才是过世的人的遗产。',
    'Property a couple owned together is split first: unless they agreed otherwise, half goes to the spouse, and only the rest is the estate of the person who died.',
  ],
  'tip.estate-shares.2': [
    '没有遗嘱时，同一顺序的继承人一般平均分；大家商量一致的，也可以不平均。',
    'Without a will, heirs in the same line generally get equal shares; if they all agree, the shares may differ.',
  ],
  'tip.estate-shares.3': [
    '对过世的人尽了主要扶养义务，或者和他一起生活的继承人，分遗产时可以多分；有扶养能力和条件却不尽扶养义务的，应当不分或者少分。',
    'An heir who mainly supported the person who died, or lived with them, may get more; an heir who was able to support them but did not should get nothing or less.',
  ],
  'tip.estate-shares.4': [
    '遗嘱要给缺乏劳动能力又没有生活来源的继承人，留下必要的遗产份额。',
    'A will must keep a necessary share for an heir who cannot work and has no means of living.',
  ],
  'tip.estate-shares.5': [
    '具体怎么分，请问志愿律师。',
    'Ask a volunteer lawyer how this applies to you.',
  ],
  'tip.estate-shares.source': [
    '《中华人民共和国民法典》第一千一百三十条、第一千一百四十一条、第一千一百五十三条',
    'Civil Code of the PRC, Articles 1130, 1141 and 1153',
  ],

  'tip.inheritance-accept.title': ['接受还是放弃继承', 'Accepting or giving up an inheritance'],
  'tip.inheritance-accept.1': [
    '继承开始后，不想继承的，要在遗产处理前，用书面形式表示放弃；没有表示的，视为接受继承。',
    'After a death, an heir who does not want to inherit must say so in writing before the estate is divided; an heir who says nothing is treated as accepting.',
  ],
  'tip.inheritance-accept.2': [
    '遗嘱把财产留给法定继承人以外的人（受遗赠人）的，受遗赠人要在知道受遗赠后六十日内，表示接受还是放弃；到期没有表示的，视为放弃。',
    'Someone who is not a legal heir but is left something in a will (a legatee) must say within 60 days of learning of it whether they accept; saying nothing by then counts as refusing.',
  ],
  'tip.inheritance-accept.3': [
    '放弃继承要慎重，签字之前先问问志愿律师或者公证处。',
    'Giving up an inheritance is a serious step: ask a volunteer lawyer or the notary office before you sign.',
  ],
  'tip.inheritance-accept.source': [
    '《中华人民共和国民法典》第一千一百二十四条',
    'Civil Code of the PRC, Article 1124',
  ],
};
