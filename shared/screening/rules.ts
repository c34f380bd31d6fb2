import { z } from 'zod';
import { PromptKey } from '../catalogue/ids';

/**
 * Keyword rules that sort a work order into one of the seven prompts (七条宣传语) and a topic.
 * The district admin edits them in the console; the built-in set is `default-rules.ts`.
 */
export const TopicId = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'topic ids are lower-case words');
export const Keyword = z.string().trim().min(1).max(20);

export const TopicRule = z.strictObject({
  id: TopicId,
  category: PromptKey,
  name: z.strictObject({
    'zh-CN': z.string().trim().min(1).max(40),
    en: z.string().trim().min(1).max(60),
  }),
  keywords: z.array(Keyword).min(1).max(60),
});
export type TopicRule = z.infer<typeof TopicRule>;

export const ClassificationRules = z
  .strictObject({ topics: z.array(TopicRule).min(1).max(100) })
  .refine((r) => new Set(r.topics.map((t) => t.id)).size === r.topics.length, {
    message: 'each topic id once',
    path: ['topics'],
  });
export type ClassificationRules = z.infer<typeof ClassificationRules>;

export interface Classification {
  category: PromptKey;
  topic: string;
}

/**
 * The topic whose keywords occur most often in the request (and the hotline's own category, which
 * counts once); on a tie the topic listed first wins, so the admin orders rules by priority.
 * Null when no keyword occurs: staff classify it by hand.
 */
export function classify(
  request: string,
  hotlineCategory: string,
  rules: ClassificationRules,
): Classification | null {
  const text = `${request} ${hotlineCategory}`.normalize('NFKC').toLowerCase();
  let best: { rule: TopicRule; score: number } | null = null;
  for (const rule of rules.topics) {
    let score = 0;
    for (const keyword of rule.keywords) if (text.includes(keyword.toLowerCase())) score++;
    if (score > 0 && (best === null || score > best.score)) best = { rule, score };
  }
  return best === null ? null : { category: best.rule.category, topic: best.rule.id };
}
