import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createKioskI18n } from './i18n/create.ts';
import { KioskApp } from './kiosk/KioskApp.tsx';
import { startFirstLoad } from './kiosk/useKioskData.ts';
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

const path = window.location.pathname;
const page = path.startsWith('/staff') ? <StaffApp /> : path.startsWith('/board') ? <BoardApp /> : undefined;

/** How long the kiosk waits for its first data before drawing the 正在准备 (please wait) screen instead of home. */
const firstScreenWaitMs = 1_000;
if (!page) await startFirstLoad(i18n, firstScreenWaitMs);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Suspense>{page ?? <KioskApp />}</Suspense>
    </I18nextProvider>
  </StrictMode>,
);
