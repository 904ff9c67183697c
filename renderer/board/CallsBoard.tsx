import { useTranslation } from 'react-i18next';
import { inLanguage } from '../staff/localised-text.ts';
import { clockTime } from '../staff/time-text.ts';
import type { BoardState } from './board-api.ts';

/** A call made while the board was showing: it flashes (and is announced). */
export interface FreshCall {
  number: string;
  windowId: string;
  /** Counts calls, so a recall of the same number flashes again. */
  sequence: number;
}

export interface CallsBoardProps {
  board: BoardState;
  /** The call made while the board was showing, which flashes. */
  fresh: FreshCall | undefined;
}

/** Who is called to which window (the newest call stands out), the last calls, and how many wait. */
export function CallsBoard({ board, fresh }: CallsBoardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const latest = board.recent[0];
  return (
    <>
      <p className="board__sentence">
        {latest ? t('board.callSentence', { number: latest.number, window: inLanguage(latest.windowName, language) }) : t('board.noCalls')}
      </p>
      <div className="board__grid">
        <table className="board__table board__table--windows">
          <caption>{t('board.windows')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.window')}</th>
              <th scope="col">{t('board.number')}</th>
            </tr>
          </thead>
          <tbody>
            {board.windows.map((hallWindow) => {
              const number = hallWindow.current?.number;
              const isLatest = number !== undefined && latest?.number === number && latest.windowId === hallWindow.id;
              const flashes = isLatest && fresh?.number === number && fresh.windowId === hallWindow.id;
              return (
                <tr
                  // A new key for each fresh call, so the row is drawn anew and flashes again.
                  key={flashes ? `${hallWindow.id}-${fresh.sequence}` : hallWindow.id}
                  className={`${isLatest ? 'board__row--latest' : ''}${flashes ? ' board__row--flash' : ''}`}
                >
                  <th scope="row">{inLanguage(hallWindow.name, language)}</th>
                  <td>
                    <span className="board__number">{number ?? '—'}</span>
                    {isLatest && <span className="board__marker">{t('board.justCalled')}</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <table className="board__table">
          <caption>{t('board.recent')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('board.number')}</th>
              <th scope="col">{t('board.window')}</th>
              <th scope="col">{t('board.time')}</th>
            </tr>
          </thead>
          <tbody>
            {board.recent.map((call) => (
              <tr key={`${call.number}-${call.calledAt}`}>
                <th scope="row" className="board__number">
                  {call.number}
                </th>
                <td>{inLanguage(call.windowName, language)}</td>
                <td>{clockTime(call.calledAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="board-waiting" className="board__waiting">
        <h2 id="board-waiting">{t('board.waiting')}</h2>
        <ul>
          {board.waiting.map((type) => (
            <li key={type.letter}>
              {type.letter} {inLanguage(type.name, language)}
              <strong className="board__number">{t('board.peopleCount', { people: type.count })}</strong>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
