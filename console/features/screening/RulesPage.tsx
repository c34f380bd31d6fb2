import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { ErrorRetry, FormStatus, Loading } from '../../ui/States';
import { apiPath } from '../../../shared/console/access';
import { ClassificationRules } from '../../../shared/screening/rules';
import { useTopics } from './use-topics';

const Saved = z.object({ reclassified: z.number() });

/** The district admin edits each topic's keywords (one per line); orders are classified again. */
export function RulesPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const rules = useQuery(queries.rules());
  const { topicName } = useTopics();
  const [edits, setEdits] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: () => {
      const next = ClassificationRules.parse({
        topics: (rules.data?.topics ?? []).map((topic) => ({
          ...topic,
          keywords: (edits[topic.id] ?? topic.keywords.join('\n'))
            .split(/[\n,，、]/)
            .map((k) => k.trim())
            .filter((k) => k !== ''),
        })),
      });
      return api.post(apiPath('screening.rulesSave'), Saved, next);
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['screening-rules'] }),
  });
  if (rules.isPending) return <Loading />;
  if (rules.error) return <ErrorRetry error={rules.error} onRetry={() => void rules.refetch()} />;
  return (
    <>
      <h1>{t('screening.rules.title')}</h1>
      <p>{t('screening.rules.lead')}</p>
      {rules.data.topics.map((topic) => (
        <label className="field" key={topic.id}>
          <span>
            {topicName(topic.id)} · {t(`screening.category.${topic.category}`)}
          </span>
          <textarea
            rows={3}
            value={edits[topic.id] ?? topic.keywords.join('\n')}
            onChange={(e) => setEdits({ ...edits, [topic.id]: e.target.value })}
            data-testid={`rules-${topic.id}`}
          />
        </label>
      ))}
      <button
        type="button"
        className="button button--primary"
        disabled={save.isPending}
        onClick={() => save.mutate()}
        data-testid="rules-save"
      >
        {t('screening.rules.save')}
      </button>
      <FormStatus
        error={save.error}
        ok={save.data ? t('screening.rules.saved', { count: save.data.reclassified }) : null}
      />
    </>
  );
}
