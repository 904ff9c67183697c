import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createKioskI18n } from './i18n/create.ts';
import { KioskApp } from './kiosk/KioskApp.tsx';
import './ui/kiosk.css';

const StaffApp = lazy(() => import('./staff/StaffApp.tsx').then((module) => ({ default: module.StaffApp })));
const BoardApp = lazy(() => import('./board/BoardApp.tsx').then((module) => ({ default: module.BoardApp })));

/** architecture.md: the kiosk honours ?lang=en as its starting language. */
const startingLanguage = new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'zh-CN';
const i18n = createKioskI18n(startingLanguage);

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language;
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

function pageFor(path: string) {
  if (path.startsWith('/staff')) return <StaffApp />;
  if (path.startsWith('/board')) return <BoardApp />;
  return <KioskApp />;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Suspense>{pageFor(window.location.pathname)}</Suspense>
    </I18nextProvider>
  </StrictMode>,
);
