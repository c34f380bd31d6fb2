import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BigButton } from '../../ui/BigButton';
import { Icon } from '../../ui/Icon';
import type { SiteFile } from '../../../shared/site-file';
import { CODE_KEYS, cleanCode } from './enroll-problem';
import { OnScreenKeyboard } from './OnScreenKeyboard';
import { readSiteFileFromMedia, type SiteFileRead } from './setup-actions';

type FileProblem = Extract<SiteFileRead, { ok: false }>['problem'];

/**
 * The enrollment code: typed on the big keyboard (or a real one), or read with the rest of the
 * site's settings from `living-room-site.json` on a USB stick. A bad file changes nothing.
 */
export function CodeEntry({
  code,
  onCode,
  onSiteFile,
  autoFocus = false,
}: {
  code: string;
  onCode: (code: string) => void;
  onSiteFile: (file: SiteFile) => void;
  /** Focus the field at once, e.g. when the technician came back to correct a refused code. */
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  const [reading, setReading] = useState(false);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  const [fileRead, setFileRead] = useState(false);

  const readFile = async () => {
    setReading(true);
    setFileProblem(null);
    setFileRead(false);
    const result = await readSiteFileFromMedia();
    setReading(false);
    if (!result.ok) return setFileProblem(result.problem);
    onSiteFile(result.file);
    setFileRead(true);
  };

  return (
    <div className="code-entry">
      <label className="field">
        <span>{t('setup.code.label')}</span>
        <input
          className="text-input code-entry__input"
          value={code}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          onChange={(e) => onCode(cleanCode(e.target.value))}
          autoFocus={autoFocus}
          data-testid="setup-code"
        />
      </label>
      <OnScreenKeyboard
        keys={CODE_KEYS}
        value={code}
        maxLength={32}
        onChange={onCode}
        label={t('setup.code.keyboard')}
        testIdPrefix="code-key"
      />
      <div className="actions">
        <BigButton onClick={() => void readFile()} disabled={reading} data-testid="site-file-read">
          <Icon glyph="💾" />
          {reading ? t('setup.siteFile.reading') : t('setup.siteFile.read')}
        </BigButton>
      </div>
      {fileProblem && (
        <p role="alert" className="error" data-testid="site-file-error">
          {t(`setup.siteFile.problem.${fileProblem}`)}
        </p>
      )}
      {fileRead && (
        <p role="status" className="setup-ok" data-testid="site-file-ok">
          {t('setup.siteFile.done')}
        </p>
      )}
    </div>
  );
}
