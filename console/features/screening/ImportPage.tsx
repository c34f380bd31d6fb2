import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { api } from '../../api/client';
import { FormStatus } from '../../ui/States';
import { streetName } from '../../ui/format';
import { apiPath } from '../../../shared/console/access';
import { ImportPreview, ImportReport } from '../../../shared/screening/import-report';
import {
  ColumnMapping,
  MAPPED_FIELDS,
  REQUIRED_FIELDS,
  type DraftMapping,
} from '../../../shared/screening/work-order';
import { ImportResult } from './ImportResult';
import { StreetParams } from './params';

/**
 * Import a street's 12345 export: choose the file, check its header and first rows, map the
 * columns (remembered for the street), import, and read the per-row report.
 */
export function ImportPage() {
  const { t, i18n } = useTranslation();
  const street = StreetParams.safeParse(useParams({ strict: false })).data?.street ?? '';
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<DraftMapping | null>(null);
  const preview = useMutation({
    mutationFn: (f: File) => api.upload(apiPath('screening.preview', { street }), ImportPreview, f),
    onSuccess: (p) => setMapping(p.mapping),
  });
  const run = useMutation({
    mutationFn: async () => {
      if (!file || !mapping) throw new Error('no file');
      const checked = ColumnMapping.parse(mapping);
      await api.post(apiPath('screening.mapping', { street }), ColumnMapping, checked);
      return api.upload(apiPath('screening.import', { street }), ImportReport, file);
    },
    onSuccess: () => void client.invalidateQueries({ queryKey: ['screening-status'] }),
  });
  const complete = mapping !== null && ColumnMapping.safeParse(mapping).success;
  return (
    <>
      <p>
        <Link to="/screening">{t('app.back')}</Link>
      </p>
      <h1>{t('screening.import.title', { street: streetName(i18n.language, street) })}</h1>
      <p>{t('screening.import.lead')}</p>
      <label className="field">
        <span>{t('screening.import.file')}</span>
        <input
          type="file"
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          data-testid="import-file"
          onChange={(e) => {
            const f = e.target.files?.[0] ?? null;
            setFile(f);
            setMapping(null);
            run.reset();
            if (f) preview.mutate(f);
          }}
        />
      </label>
      <FormStatus error={preview.error} ok={preview.isPending ? t('app.loading') : null} />
      {preview.data && mapping && (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t('screening.import.preview')}</h2>
          <p data-testid="import-format">
            {t(`screening.import.format.${preview.data.format}`)}
            {preview.data.remembered ? ` · ${t('screening.import.remembered')}` : ''}
          </p>
          <div className="table-wrap">
            <table className="table" data-testid="import-preview">
              <thead>
                <tr>
                  {preview.data.headers.map((h) => (
                    <th scope="col" key={h}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {preview.data.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((cell, j) => (
                      <td key={j}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('screening.import.mapping')}</h2>
          <p>{t('screening.import.mappingLead')}</p>
          <div className="form">
            {MAPPED_FIELDS.map((field) => (
              <label className="field field--inline" key={field}>
                <span>
                  {t(`screening.field.${field}`)}
                  {REQUIRED_FIELDS.includes(field) ? ` (${t('screening.import.required')})` : ''}
                </span>
                <select
                  value={mapping[field] ?? ''}
                  data-testid={`map-${field}`}
                  onChange={(e) =>
                    setMapping({
                      ...mapping,
                      [field]: e.target.value === '' ? null : e.target.value,
                    })
                  }
                >
                  <option value="">{t('screening.import.notInFile')}</option>
                  {preview.data.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <button
            type="button"
            className="button button--primary"
            disabled={!complete || run.isPending}
            onClick={() => run.mutate()}
            data-testid="import-run"
          >
            {run.isPending ? t('screening.import.running') : t('screening.import.run')}
          </button>
          <FormStatus error={run.error} ok={null} />
        </section>
      )}
      {run.data && <ImportResult report={run.data} street={street} />}
    </>
  );
}
