import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKiosk, useReady } from '../../app/kiosk-context';
import type { TypicalCasePublication } from '../../../shared/typical-cases/schema';

/**
 * 典型案事例 under the prompt the resident chose: real cases from the district's rooms, anonymised
 * and approved, to read while deciding. Written in Chinese by the offices; in English the
 * heading says so. Shown once the databases are open (just after the first screen).
 */
export function TypicalCaseReading({ prompt }: { prompt: string }) {
  return useReady('databases') ? <Cases prompt={prompt} /> : null;
}

function Cases({ prompt }: { prompt: string }) {
  const { t } = useTranslation();
  const { content } = useKiosk();
  const [cases, setCases] = useState<TypicalCasePublication[]>([]);
  useEffect(() => {
    let live = true;
    // Loaded lazily: the result screen is in the first download, the content schemas are not.
    import('../../content/hub-content')
      .then(({ readTypicalCases }) => readTypicalCases(content, prompt))
      .then(
        (found) => live && setCases(found),
        () => undefined, // an unreadable entry leaves the section out, never the screen
      );
    return () => {
      live = false;
    };
  }, [content, prompt]);
  if (cases.length === 0) return null;
  return (
    <section aria-labelledby="typical-title" data-testid="typical-cases">
      <h2 id="typical-title">{t('result.typicalTitle')}</h2>
      <p className="screen__lead">{t('result.typicalLead')}</p>
      {cases.map((c) => (
        <details key={c.id} className="tip-card" lang="zh-CN">
          <summary>{c.title}</summary>
          <h3>{t('result.typicalFacts')}</h3>
          <p>{c.facts}</p>
          <h3>{t('result.typicalResolution')}</h3>
          <p>{c.resolution}</p>
          <h3>{t('result.typicalLaw')}</h3>
          <p>{c.law}</p>
        </details>
      ))}
    </section>
  );
}
