import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import type { TopicRule } from '../../../shared/screening/rules';

/** The district's topics, and a topic id in the reader's language (the id if rules changed). */
export function useTopics(): { topics: TopicRule[]; topicName: (id: string | null) => string } {
  const { t, i18n } = useTranslation();
  const rules = useQuery(queries.rules());
  const topics = rules.data?.topics ?? [];
  const topicName = (id: string | null) => {
    if (id === null) return t('screening.unclassified');
    const topic = topics.find((x) => x.id === id);
    return topic ? topic.name[i18n.language === 'en' ? 'en' : 'zh-CN'] : id;
  };
  return { topics, topicName };
}
