import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '@tanstack/react-router';
import { useSession } from '../../app/session';
import { TypicalCaseForm } from './TypicalCaseForm';
import { canUse } from '../../../shared/console/access';
import type { CaseDetail } from '../../../shared/console/views';

/** On a closed case's page: write it up as a typical case (典型案事例) for a second person to approve. */
export function WriteTypicalCase({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  if (detail.status !== 'closed' || !canUse('typicalCases.create', session.account.role))
    return null;
  return (
    <section aria-labelledby="write-typical" className="panel">
      <h2 id="write-typical">{t('typical.write')}</h2>
      {saved ? (
        <p role="status" data-testid="typical-saved">
          {t('typical.savedDraft')} <Link to="/typical-cases">{t('nav.typical')}</Link>
        </p>
      ) : open ? (
        <TypicalCaseForm
          target={{ caseId: detail.caseId }}
          services={detail.teams.map((team) => team.team)}
          onSaved={() => setSaved(true)}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => setOpen(true)}
          data-testid="typical-write"
        >
          {t('typical.writeOpen')}
        </button>
      )}
    </section>
  );
}
