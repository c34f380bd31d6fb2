import type { ReportLang } from './requests';

/**
 * The words of the printable reports and their XLSX/CSV exports, in both languages. The hub
 * writes the files and the console prints the same tables, so the words live here, once, beside
 * the report they label (the console's own screens keep theirs in console/i18n).
 */
type Words = Record<string, string>;

const ZH = {
  about: '说明',
  annual: '全年服务量统计',
  monthly: '月度服务报告',
  district: '徐汇区',
  period: '统计期间',
  generated: '生成时间',
  legend:
    '说明：小于5的数字显示为“<5”（以免识别到个人）；“—”表示无可计算的数据。月份按上海时间计。',
  legendPlain: '“—”表示无可计算的数据。月份按上海时间计。',
  figure: '指标',
  value: '数值',
  month: '月份',
  street: '街镇',
  room: '客厅',
  prompt: '宣传语',
  service: '服务',
  outcome: '结果',
  score: '评分',
  count: '数量',
  intakes: '自助登记',
  intakesWithoutConsent: '未同意留存信息的登记',
  cases: '案件',
  registrations: '首问登记',
  walkIns: '现场来访',
  solvedOnSpot: '当场完成',
  routedCases: '分流至团队',
  jointConsultations: '联合咨询',
  homeVisits: '上门服务',
  results: '已有结果',
  reported: '已反馈',
  reportedShare: '事事有结果（已反馈占比）',
  closed: '办结',
  overdueAtMonthEnd: '月末超期',
  ratings: '评价数',
  ratingMean: '平均评分',
  suggestions: '意见建议',
  noShow: '未到场',
  pending: '处理中',
  routed: '分流',
  suggested: '建议服务',
  registered: '登记服务',
  resolved: '团队办结',
  tTotals: '总量',
  tByMonth: '按月',
  tByStreet: '按街镇',
  tByRoom: '按客厅',
  tByPrompt: '按宣传语',
  tByService: '按服务',
  tOutcomes: '案件结果',
  tSatisfaction: '满意度评价',
} satisfies Words;

const EN: Record<keyof typeof ZH, string> = {
  about: 'About',
  annual: 'Annual service statistics',
  monthly: 'Monthly service report',
  district: 'Xuhui District',
  period: 'Period',
  generated: 'Generated',
  legend:
    'Counts under 5 show as "<5" (so no one can be picked out); "—" means nothing to compute. Months are Shanghai months.',
  legendPlain: '"—" means nothing to compute. Months are Shanghai months.',
  figure: 'Figure',
  value: 'Value',
  month: 'Month',
  street: 'Street/town',
  room: 'Living room',
  prompt: 'Prompt',
  service: 'Service',
  outcome: 'Outcome',
  score: 'Score',
  count: 'Count',
  intakes: 'Kiosk intakes',
  intakesWithoutConsent: 'Intakes without consent',
  cases: 'Cases',
  registrations: 'First-contact registrations',
  walkIns: 'Walk-ins',
  solvedOnSpot: 'Solved on the spot',
  routedCases: 'Routed to teams',
  jointConsultations: 'Joint consultations',
  homeVisits: 'Home visits',
  results: 'Results reached',
  reported: 'Reported back',
  reportedShare: 'Every matter has a result (share reported back)',
  closed: 'Closed',
  overdueAtMonthEnd: 'Overdue at month end',
  ratings: 'Ratings',
  ratingMean: 'Mean rating',
  suggestions: 'Suggestions',
  noShow: 'No-show',
  pending: 'Pending',
  routed: 'Routed',
  suggested: 'Suggested',
  registered: 'Registered',
  resolved: 'Resolved by teams',
  tTotals: 'Totals',
  tByMonth: 'By month',
  tByStreet: 'By street/town',
  tByRoom: 'By living room',
  tByPrompt: 'By prompt',
  tByService: 'By service',
  tOutcomes: 'Case outcomes',
  tSatisfaction: 'Satisfaction',
};

export type ReportWord = keyof typeof ZH;
export const REPORT_WORDS: Record<ReportLang, Record<ReportWord, string>> = { 'zh-CN': ZH, en: EN };

const PROMPTS: Record<ReportLang, Words> = {
  'zh-CN': {
    contract: '合同签订来坐坐',
    property: '房产过户来坐坐',
    payment: '大额付款来坐坐',
    dispute: '纠纷隐忧来坐坐',
    family: '婚姻家事来聊聊',
    inheritance: '继承知识来问问',
    labour: '劳动权益来学学',
    walkIn: '现场来访',
    unknown: '未知',
  },
  en: {
    contract: 'Signing a contract',
    property: 'Transferring a property',
    payment: 'A large payment',
    dispute: 'A dispute or a worry',
    family: 'Marriage or family',
    inheritance: 'Inheritance',
    labour: 'Rights at work',
    walkIn: 'Walk-in',
    unknown: 'Unknown',
  },
};

const SERVICES: Record<ReportLang, Words> = {
  'zh-CN': {
    lawyer: '律师咨询',
    notary: '公证服务',
    mediation: '人民调解',
    legalAid: '法律援助',
    forensic: '司法鉴定',
    publicity: '法治宣传',
  },
  en: {
    lawyer: 'Lawyer consultation',
    notary: 'Notary service',
    mediation: "People's mediation",
    legalAid: 'Legal aid',
    forensic: 'Forensic appraisal',
    publicity: 'Legal publicity',
  },
};

/** A prompt key's words (or the key itself for one this build does not know). */
export function promptLabel(lang: ReportLang, key: string): string {
  return PROMPTS[lang][key] ?? key;
}

/** A service's words; an X service (`x:...`) by its id. */
export function serviceLabel(lang: ReportLang, id: string): string {
  return SERVICES[lang][id] ?? id;
}
