import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveEvents } from '../live.ts';
import './board.css';

/** The hall display board, read from across the hall. Calls arrive with the queue issue (#6). */
export function BoardApp() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('board.title');
  }, [t]);
  useLiveEvents(
    'board',
    useCallback(() => undefined, []),
  );
  return (
    <main className="board">
      <h1>{t('board.heading')}</h1>
      <p className="board__empty">{t('board.noCalls')}</p>
    </main>
  );
}
