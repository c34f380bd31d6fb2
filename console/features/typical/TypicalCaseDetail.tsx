import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { useSession } from '../../app/session';
import { FormStatus } from '../../ui/States';
import { joinList, serviceName } from '../../ui/format';
import { TypicalCaseForm } from './TypicalCaseForm';
import { apiPath, canUse } from '../../../shared/console/access';
import { TypicalCaseAnswer } from '../../../shared/console/views';
import type { TypicalCaseView } from '../../../shared/typical-cases/schema';

/** The text fields the page shows under the title, in order. */
const SHOWN = ['facts', 'resolution', 'law'] as const;

/** One typical case: read it; edit a draft; a second person approves; the district publishes. */
export function TypicalCaseDetail({
  item,
  onClose,
}: {
  item: TypicalCaseView;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const role = session.account.role;
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [ok, setOk] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: (what: 'approve' | 'publish' | 'withdraw') =>
      what === 'approve'
        ? api.post(
            apiPath('typicalCases.approve', { typicalCaseId: item.id }),
            TypicalCaseAnswer,
            {},
          )
        : api.post(apiPath('typicalCases.publish', { typicalCaseId: item.id }), TypicalCaseAnswer, {
            published: what === 'publish',
          }),
    onSuccess: (_answer, what) => {
      void client.invalidateQueries({ queryKey: ['typical-cases'] });
      setOk(t(`typical.done.${what}`));
    },
  });
  const draft = item.status === 'draft';
  return (
    <section className="panel" aria-labelledby="typical-title" data-testid="typical-detail">
      <h2 id="typical-title">{item.title}</h2>
      <p className="note" data-testid="typical-state">
        {t(`typical.statuses.${item.status}`)}
        {item.published && ` · ${t('typical.published')}`}
        {' · '}
        {t('typical.by', { author: item.author })}
        {item.approvedBy && ` · ${t('typical.approvedBy', { name: item.approvedBy })}`}
      </p>
      {editing ? (
        <TypicalCaseForm
          target={{ typicalCaseId: item.id }}
          initial={item}
          services={item.services}
          onSaved={() => {
            setEditing(false);
            setOk(t('suggestions.saved'));
          }}
        />
      ) : (
        <dl className="facts facts--text">
          {SHOWN.map((f) => (
            <div key={f}>
              <dt>{t(`typical.fields.${f}`)}</dt>
              <dd>{item[f]}</dd>
            </div>
          ))}
          <div>
            <dt>{t('typical.fields.services')}</dt>
            <dd>
              {joinList(
                i18n.language,
                item.services.map((s) => serviceName(t, s)),
              )}
            </dd>
          </div>
        </dl>
      )}
      <div className="actions">
        {draft && canUse('typicalCases.update', role) && !editing && (
          <button type="button" className="button" onClick={() => setEditing(true)}>
            {t('typical.edit')}
          </button>
        )}
        {draft && canUse('typicalCases.approve', role) && (
          <button
            type="button"
            className="button button--primary"
            disabled={act.isPending || item.mine}
            onClick={() => act.mutate('approve')}
            data-testid="typical-approve"
          >
            {item.mine ? t('typical.notOwn') : t('typical.approve')}
          </button>
        )}
        {!draft && canUse('typicalCases.publish', role) && (
          <button
            type="button"
            className="button"
            disabled={act.isPending}
            onClick={() => act.mutate(item.published ? 'withdraw' : 'publish')}
            data-testid="typical-publish"
          >
            {item.published ? t('typical.withdraw') : t('typical.publish')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('app.close')}
        </button>
      </div>
      <FormStatus error={act.error} ok={ok} />
    </section>
  );
}
