import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createConsoleI18n } from './i18n';
import './styles/console.css';

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <App i18n={createConsoleI18n()} />
    </StrictMode>,
  );
