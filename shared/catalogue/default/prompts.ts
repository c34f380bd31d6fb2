import type { PromptKey } from '../id-lists';
import type { Texts } from './text';

/** What Home draws for one prompt: its drawing and its two lines of text (catalogue keys). */
export interface PromptTile {
  prompt: PromptKey;
  icon: string;
  titleKey: string;
  blurbKey: string;
}

/**
 * The seven prompts as printed in every room, in that order, apart from their questions. Home
 * draws from this alone, so the first download carries these few lines and not the whole
 * catalogue (docs/architecture.md, "First screen"); each flow spreads its tile in.
 */
export const PROMPT_TILES: readonly PromptTile[] = [
  { prompt: 'contract', icon: 'contract', titleKey: 'contract.title', blurbKey: 'contract.blurb' },
  { prompt: 'property', icon: 'house', titleKey: 'property.title', blurbKey: 'property.blurb' },
  { prompt: 'payment', icon: 'coins', titleKey: 'payment.title', blurbKey: 'payment.blurb' },
  { prompt: 'dispute', icon: 'talk', titleKey: 'dispute.title', blurbKey: 'dispute.blurb' },
  { prompt: 'family', icon: 'family', titleKey: 'family.title', blurbKey: 'family.blurb' },
  {
    prompt: 'inheritance',
    icon: 'scroll',
    titleKey: 'inheritance.title',
    blurbKey: 'inheritance.blurb',
  },
  { prompt: 'labour', icon: 'worker', titleKey: 'labour.title', blurbKey: 'labour.blurb' },
];

export function promptTile(prompt: PromptKey): PromptTile {
  const tile = PROMPT_TILES.find((t) => t.prompt === prompt);
  if (!tile) throw new Error(`no prompt tile for ${prompt}`);
  return tile;
}

export const promptsText: Texts = {
  'contract.title': ['合同签订来坐坐', 'Signing a contract? Come and sit with us'],
  'contract.blurb': [
    '签字之前先来问一问，看懂了再签。',
    'Ask before you sign, and sign only what you understand.',
  ],
  'property.title': ['房产过户来坐坐', 'Transferring a property? Come and sit with us'],
  'property.blurb': [
    '买房、卖房、送房、继承房子，手续和风险先弄清楚。',
    'Buying, selling, giving or inheriting a home: understand the steps and the risks first.',
  ],
  'payment.title': ['大额付款来坐坐', 'Making a large payment? Come and sit with us'],
  'payment.blurb': [
    '钱转出去之前，先来核实一下，防止被骗。',
    'Before the money leaves your account, check it with us so you are not cheated.',
  ],
  'dispute.title': ['纠纷隐忧来坐坐', 'A dispute or a worry? Come and sit with us'],
  'dispute.blurb': [
    '家里、邻里、物业、欠钱、受伤的事，早点说出来，早点解决。',
    'Family, neighbours, property management, money owed, injuries: talk early, settle early.',
  ],
  'family.title': ['婚姻家事来聊聊', 'Marriage or family matters? Come and chat'],
  'family.blurb': [
    '离婚、赡养、抚养、家暴、老人照料，说出来，有人帮。',
    'Divorce, support payments, violence at home, caring for an elder: tell us, and we will help.',
  ],
  'inheritance.title': ['继承知识来问问', 'Questions about inheritance? Come and ask'],
  'inheritance.blurb': [
    '立遗嘱、办继承，怎样做才稳妥，先来问一问。',
    'Making a will or handling an inheritance: ask how to do it safely.',
  ],
  'labour.title': ['劳动权益来学学', 'Your rights at work? Come and learn'],
  'labour.blurb': [
    '工资、合同、工伤、辞退，弄清楚自己的权益。',
    'Pay, contracts, injuries at work, dismissal: know your rights.',
  ],
};
