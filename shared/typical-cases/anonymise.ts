/**
 * Anonymising a typical case (典型案事例) before anyone else sees it: names, phone numbers, ID
 * numbers (身份证), addresses and dates of birth are found in the text and either refused (the
 * hub will not store a case that still has any) or masked the way Chinese case compilations
 * write them: 王某, （电话略）, （身份证号略）, （地址略）, （出生日期略）.
 *
 * Pattern rules, no model: they catch what is written the usual ways (a name with a label or an
 * honorific, numbers of the known shapes, road + number addresses, "出生于…"). A bare name with
 * nothing around it that says it is a name (张建国称…) is not caught: the second person who
 * approves the case reads it for that (docs/console.md, "Typical cases").
 */

export const PERSONAL_INFO_KINDS = ['name', 'phone', 'idNumber', 'address', 'birthDate'] as const;
export type PersonalInfoKind = (typeof PERSONAL_INFO_KINDS)[number];

export interface PersonalInfoFinding {
  kind: PersonalInfoKind;
  start: number;
  end: number;
  text: string;
}

/** Common surnames (百家姓, the most frequent first) and compound surnames. */
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '司徒',
  '夏侯',
];
const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝';
const SURNAME = `(?:${COMPOUND_SURNAMES.join('|')}|[${SURNAMES}])`;
/** A surname and one or two given-name characters, never 某 (that is masked already). */
const NAME = `${SURNAME}(?!某)(?:(?!某)[\\u4e00-\\u9fa5]){1,2}`;
/** What may follow a name: punctuation, a function word, an honorific, the end. */
const AFTER_NAME =
  '(?=[，。、；：:,.;！？!?\\s（(）)“”"’与和及因称说向于在系的家等是为将被对把]|先生|女士|老人|阿姨|大爷|师傅|老师|律师|$)';
/** Words that say the next thing is a person's name. */
const NAME_LABELS =
  '姓名[：:]?|申请人|被申请人|当事人|居民|业主|租户|租客|房东|邻居|老人|其子|其女|儿子|女儿|丈夫|妻子|老伴|父亲|母亲|哥哥|姐姐|弟弟|妹妹|侄子|外甥|孙子|孙女|原告|被告|委托人|员工|职工|老板';
const HONORIFICS = '先生|女士|老人|阿姨|大爷|大妈|师傅|老伯|奶奶|爷爷';

const RULES: { kind: PersonalInfoKind; pattern: RegExp; group?: number }[] = [
  // 18 digits: region, a birth date 19xx/20xx, sequence, check digit (X allowed); or the old 15.
  {
    kind: 'idNumber',
    pattern:
      /(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])|(?<!\d)\d{15}(?!\d)/g,
  },
  // Mainland mobiles, with +86 and spaces or dashes as people write them.
  { kind: 'phone', pattern: /(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d(?:[-\s]?\d{4}){2}(?!\d)/g },
  // Landlines with an area code (021-64871234), or eight digits right after 电话/座机.
  { kind: 'phone', pattern: /(?<!\d)0\d{2,3}[-－—\s]?\d{7,8}(?!\d)/g },
  {
    kind: 'phone',
    pattern: /(?:电话|座机|手机|联系方式|号码)(?:是|为)?[：:\s]*(\d{7,8})(?!\d)/g,
    group: 1,
  },
  // A date of birth, before or after the words that say so.
  {
    kind: 'birthDate',
    pattern:
      /(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)\s*(?:出生|生人|生)/g,
  },
  {
    kind: 'birthDate',
    pattern:
      /(?:出生于|生于|出生日期[：:]?|出生年月[：:]?)\s*((?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|[-/.]\d{1,2}(?:[-/.]\d{1,2})?))/g,
    group: 1,
  },
  // Road/lane/estate + numbers (天钥桥路100弄5号302室), or numbers with flat units (5号楼302室).
  {
    kind: 'address',
    pattern:
      /[\u4e00-\u9fa5]{1,8}?(?:路|街|大道|弄|巷|小区|新村|公寓|花园|苑|大厦|村)(?:\d+|[一二三四五六七八九十百]+)(?:弄|号楼|号|幢|栋|单元|室)(?:\d+(?:弄|号楼|号|幢|栋|单元|室|层|楼))*(?!\d*厅)/g,
  },
  {
    kind: 'address',
    pattern:
      /(?<![月\d])\d+(?:号楼|幢|栋|单元)(?:\d+(?:号|单元|室|层|楼))*|(?<![\d月])\d{3,4}室(?!\d*厅)/g,
  },
  // A name after a label (居民张建国) or before an honorific (张建国先生), or two names joined (张伟与李娜系…).
  {
    kind: 'name',
    pattern: new RegExp(`(?:${NAME_LABELS})\\s*(${NAME})${AFTER_NAME}`, 'g'),
    group: 1,
  },
  { kind: 'name', pattern: new RegExp(`(${NAME})(?=${HONORIFICS})`, 'g'), group: 1 },
  {
    kind: 'name',
    pattern: new RegExp(
      `(${NAME})(?:与|和|及)${NAME}(?=系|是|为|之间|因|发生|两人|二人|双方)`,
      'g',
    ),
    group: 1,
  },
  {
    kind: 'name',
    pattern: new RegExp(`(?<=[与和及])(${NAME})(?=系|是|为|之间|因|发生|两人|二人|双方)`, 'g'),
    group: 1,
  },
];

/** Words a name pattern can run into that are not names (居民王某 is masked already). */
const NOT_NAMES = new Set([
  '居民',
  '业主',
  '邻居',
  '老人',
  '双方',
  '两人',
  '社区',
  '物业',
  '街道',
  '司法所',
  '调解员',
]);

/** Leading words an address match can take along: trimmed so only the address is masked. */
const ADDRESS_LEAD = /^(?:家住|居住在|住在|位于|住|在|于|到|往|从|至|的|是)+/;

/** Every piece of personal information found, in text order, never overlapping. */
export function findPersonalInfo(text: string): PersonalInfoFinding[] {
  const found: PersonalInfoFinding[] = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      let piece = rule.group === undefined ? match[0] : match[rule.group];
      if (piece === undefined || match.index === undefined) continue;
      let start = match.index + (rule.group === undefined ? 0 : match[0].indexOf(piece));
      if (rule.kind === 'address') {
        const lead = ADDRESS_LEAD.exec(piece)?.[0].length ?? 0;
        start += lead;
        piece = piece.slice(lead);
      }
      if (rule.kind === 'name' && NOT_NAMES.has(piece)) continue;
      found.push({ kind: rule.kind, start, end: start + piece.length, text: piece });
    }
  }
  // Every other place a detected name appears is that person too (张建国 … 张建国称).
  for (const name of new Set(found.filter((f) => f.kind === 'name').map((f) => f.text))) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length))
      found.push({ kind: 'name', start: at, end: at + name.length, text: name });
  }
  // Earlier rules win an overlap (an ID number holds a birth date and could look like a phone).
  const kept: PersonalInfoFinding[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

const MASK: Record<Exclude<PersonalInfoKind, 'name'>, string> = {
  phone: '（电话略）',
  idNumber: '（身份证号略）',
  address: '（地址略）',
  birthDate: '（出生日期略）',
};

/** A name as case compilations write it: the surname and 某 (王某, 欧阳某). */
function maskName(name: string): string {
  const compound = COMPOUND_SURNAMES.find((s) => name.startsWith(s));
  return `${compound ?? name.slice(0, 1)}某`;
}

/** The text with every finding masked. */
export function maskPersonalInfo(text: string): string {
  let out = '';
  let at = 0;
  for (const f of findPersonalInfo(text)) {
    out += text.slice(at, f.start) + (f.kind === 'name' ? maskName(f.text) : MASK[f.kind]);
    at = f.end;
  }
  return out + text.slice(at);
}
