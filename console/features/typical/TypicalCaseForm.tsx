import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { FormProblem, FormStatus } from '../../ui/States';
import { serviceName } from '../../ui/format';
import { apiPath } from '../../../shared/console/access';
import { TypicalCaseAnswer } from '../../../shared/console/views';
import { CORE_SERVICE_IDS, PROMPT_KEYS } from '../../../shared/catalogue/id-lists';
import { findPersonalInfo, maskPersonalInfo } from '../../../shared/typical-cases/anonymise';
import {
  TYPICAL_TEXT_FIELDS,
  TypicalCaseDraft,
  type TypicalCaseView,
} from '../../../shared/typical-cases/schema';
import type { ServiceId } from '../../../shared/catalogue/ids';

type Fields = Record<(typeof TYPICAL_TEXT_FIELDS)[number], string>;

/**
 * Write (from a closed case) or edit a typical case. Personal information is pointed out as it
 * is typed (the same shared rules the hub enforces), and one button masks it all (王某,
 * （电话略）...). The hub refuses to store anything it still finds.
 */
export function TypicalCaseForm({
  target,
  initial,
  services: suggested,
  onSaved,
}: {
  target: { caseId: string } | { typicalCaseId: string };
  initial?: TypicalCaseView;
  services: readonly ServiceId[];
  onSaved: (saved: TypicalCaseView) => void;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [prompt, setPrompt] = useState<string>(initial?.prompt ?? 'dispute');
  const [fields, setFields] = useState<Fields>({
    title: initial?.title ?? '',
    facts: initial?.facts ?? '',
    resolution: initial?.resolution ?? '',
    law: initial?.law ?? '',
  });
  const [services, setServices] = useState<ServiceId[]>([...(initial?.services ?? suggested)]);
  const [problem, setProblem] = useState<string | null>(null);
  const found = TYPICAL_TEXT_FIELDS.flatMap((field) =>
    findPersonalInfo(fields[field]).map((f) => ({ field, ...f })),
  );
  const save = useMutation({
    mutationFn: (draft: TypicalCaseDraft) =>
      'caseId' in target
        ? api.post(apiPath('typicalCases.create', target), TypicalCaseAnswer, draft)
        : api.post(apiPath('typicalCases.update', target), TypicalCaseAnswer, draft),
    onSuccess: (answer) => {
      void client.invalidateQueries({ queryKey: ['typical-cases'] });
      onSaved(answer.typicalCase);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = TypicalCaseDraft.safeParse({ prompt, ...fields, services });
    if (!parsed.success) return setProblem(t('typical.incomplete'));
    setProblem(null);
    save.mutate(parsed.data);
  };
  const maskAll = () =>
    setFields(
      Object.fromEntries(
        TYPICAL_TEXT_FIELDS.map((f) => [f, maskPersonalInfo(fields[f])]),
      ) as Fields,
    );
  const area = (field: keyof Fields, rows: number) => (
    <label className="field" key={field}>
      <span>{t(`typical.fields.${field}`)}</span>
      <textarea
        rows={rows}
        value={fields[field]}
        onChange={(e) => setFields({ ...fields, [field]: e.target.value })}
        data-testid={`typical-${field}`}
      />
    </label>
  );
  return (
    <form className="form panel" onSubmit={submit} noValidate data-testid="typical-form">
      <label className="field">
        <span>{t('typical.fields.prompt')}</span>
        <select
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          data-testid="typical-prompt"
        >
          {PROMPT_KEYS.map((p) => (
            <option key={p} value={p}>
              {t(`typical.prompts.${p}`)}
            </option>
          ))}
        </select>
      </label>
      {area('title', 1)}
      {area('facts', 6)}
      {area('resolution', 5)}
      <fieldset className="field">
        <legend>{t('typical.fields.services')}</legend>
        {CORE_SERVICE_IDS.map((s) => (
          <label key={s} className="field--check">
            <input
              type="checkbox"
              checked={services.includes(s)}
              data-testid={`typical-service-${s}`}
              onChange={(e) =>
                setServices(e.target.checked ? [...services, s] : services.filter((x) => x !== s))
              }
            />
            <span>{serviceName(t, s)}</span>
          </label>
        ))}
      </fieldset>
      {area('law', 2)}
      <section aria-live="polite" data-testid="typical-findings">
        {found.length === 0 ? (
          <p className="note">{t('typical.noneFound')}</p>
        ) : (
          <div className="form-status form-status--error">
            <p>{t('typical.found', { count: found.length })}</p>
            <ul>
              {found.map((f) => (
                <li key={`${f.field}-${f.start}`}>
                  {t(`typical.fields.${f.field}`)}: {t(`typical.kinds.${f.kind}`)} “{f.text}”
                </li>
              ))}
            </ul>
            <button type="button" className="button" onClick={maskAll} data-testid="typical-mask">
              {t('typical.maskAll')}
            </button>
          </div>
        )}
      </section>
      <FormProblem text={problem} />
      <button
        type="submit"
        className="button button--primary"
        disabled={save.isPending}
        data-testid="typical-save"
      >
        {t('typical.save')}
      </button>
      <FormStatus error={save.error} ok={null} />
    </form>
  );
}
