import type { ClassificationRules } from './rules';

/**
 * The built-in rules: the conflicts a Xuhui street's 12345 orders most often carry, under the
 * seven prompts. Listed by priority (a tie goes to the earlier topic): specific before general.
 */
export const DEFAULT_RULES: ClassificationRules = {
  topics: [
    {
      id: 'wage-arrears',
      category: 'labour',
      name: { 'zh-CN': '拖欠工资', en: 'Unpaid wages' },
      keywords: ['欠薪', '拖欠工资', '工资不发', '讨薪', '不发工资', '工钱', '克扣工资', '工资'],
    },
    {
      id: 'labour-contract',
      category: 'labour',
      name: { 'zh-CN': '劳动合同与社保', en: 'Employment contracts and social insurance' },
      keywords: [
        '劳动合同',
        '辞退',
        '开除',
        '经济补偿',
        '社保',
        '加班',
        '工伤',
        '试用期',
        '劳动仲裁',
      ],
    },
    {
      id: 'divorce',
      category: 'family',
      name: { 'zh-CN': '离婚与抚养', en: 'Divorce and child custody' },
      keywords: ['离婚', '抚养权', '抚养费', '探视', '分居'],
    },
    {
      id: 'elder-support',
      category: 'family',
      name: { 'zh-CN': '赡养老人', en: 'Supporting elderly parents' },
      keywords: ['赡养', '子女不管', '不管老人', '养老', '照顾老人', '老人无人'],
    },
    {
      id: 'domestic-violence',
      category: 'family',
      name: { 'zh-CN': '家庭暴力', en: 'Domestic violence' },
      keywords: ['家暴', '家庭暴力', '殴打', '打老婆', '打我'],
    },
    {
      id: 'inheritance',
      category: 'inheritance',
      name: { 'zh-CN': '继承与遗嘱', en: 'Inheritance and wills' },
      keywords: ['继承', '遗产', '遗嘱', '去世', '过世', '遗赠'],
    },
    {
      id: 'property-transfer',
      category: 'property',
      name: { 'zh-CN': '房产过户与产权', en: 'Property transfers and titles' },
      keywords: ['过户', '产权', '房产证', '不动产', '加名', '售后公房', '房屋买卖'],
    },
    {
      id: 'old-housing-renewal',
      category: 'property',
      name: { 'zh-CN': '旧改与征收', en: 'Urban renewal and expropriation' },
      keywords: ['旧改', '征收', '动迁', '拆迁', '城市更新', '加装电梯'],
    },
    {
      id: 'rental',
      category: 'contract',
      name: { 'zh-CN': '租房纠纷', en: 'Rental disputes' },
      keywords: ['房东', '租客', '押金', '租房', '租赁', '退租', '中介'],
    },
    {
      id: 'renovation-consumer',
      category: 'contract',
      name: { 'zh-CN': '装修与消费合同', en: 'Renovation and consumer contracts' },
      keywords: ['装修', '预付卡', '退款', '健身卡', '培训机构', '合同', '违约'],
    },
    {
      id: 'investment-fraud',
      category: 'payment',
      name: { 'zh-CN': '理财与养老诈骗', en: 'Investment and elder fraud' },
      keywords: ['理财', '集资', '诈骗', '保健品', '高额回报', '投资', '养老项目'],
    },
    {
      id: 'loans',
      category: 'payment',
      name: { 'zh-CN': '借款与欠款', en: 'Loans and debts' },
      keywords: ['借钱', '借款', '欠款', '欠钱', '不还钱', '借条', '转账'],
    },
    {
      id: 'neighbours',
      category: 'dispute',
      name: { 'zh-CN': '邻里纠纷', en: 'Neighbour disputes' },
      keywords: ['邻居', '楼上', '楼下', '噪音', '漏水', '渗水', '堆物', '占用楼道', '宠物', '狗'],
    },
    {
      id: 'property-management',
      category: 'dispute',
      name: { 'zh-CN': '物业纠纷', en: 'Property management disputes' },
      keywords: ['物业', '物业费', '停车', '业委会', '维修基金', '电梯'],
    },
  ],
};
