import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc';

/**
 * The renderer's rows in the versions card: the one on screen and, in Electron, the installed
 * one, a downloaded bundle waiting for the idle reset, and whether the last switch fell back
 * after a crash loop (electron/renderer-update.ts). Goes inside a `<dl>`.
 */
export function RendererVersionRows({ app }: { app: AppInfo | null }) {
  const { t } = useTranslation();
  const renderer = app?.renderer;
  // Not read yet (or unreadable), or an older shell that does not report these.
  const missing = app === null ? '—' : t('technician.versions.notReported');
  return (
    <>
      <dt>{t('technician.versions.rendererRunning')}</dt>
      <dd data-testid="tech-renderer-running">{renderer?.running ?? missing}</dd>
      <dt>{t('technician.versions.rendererInstalled')}</dt>
      <dd data-testid="tech-renderer-installed">
        {renderer ? (renderer.installed ?? t('technician.versions.notInBrowser')) : missing}
      </dd>
      <dt>{t('technician.versions.rendererWaiting')}</dt>
      <dd data-testid="tech-renderer-waiting">
        {renderer ? (renderer.waiting ?? t('technician.versions.noneWaiting')) : missing}
      </dd>
      <dt>{t('technician.versions.rendererFallback')}</dt>
      <dd data-testid="tech-renderer-fallback">
        {!renderer
          ? missing
          : renderer.fellBackFrom
            ? t('technician.versions.fellBack', { version: renderer.fellBackFrom })
            : t('technician.no')}
      </dd>
    </>
  );
}
