import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../layout/LanguageSwitch';
import { LoginForm } from './LoginForm';

export function LoginPage() {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <main id="main" className="page page--narrow">
      <div className="topline">
        <p className="brand">{t('app.title')}</p>
        <LanguageSwitch />
      </div>
      <h1 ref={heading} tabIndex={-1}>
        {t('login.title')}
      </h1>
      <p>{t('login.lead')}</p>
      <LoginForm submitLabel={t('login.submit')} />
    </main>
  );
}
