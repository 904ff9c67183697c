import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveEvent } from '../../electron/server/hub.ts';
import { useLiveEvents } from '../live.ts';
import { PairingForm } from '../staff/PairingForm.tsx';
import { SpeechPlayer } from '../voice/speech-player.ts';
import { callAnnouncement } from './announcement.ts';
import { BoardAnnouncer } from './announcer.ts';
import { loadBoard } from './board-api.ts';
import type { BoardState } from './board-api.ts';
import { CallsBoard } from './CallsBoard.tsx';
import type { FreshCall } from './CallsBoard.tsx';
import './board.css';

/** The TV is unattended: when the backend cannot be reached, it tries again by itself. */
const retryMs = 5_000;

/** The TV's own volume sets the level; the rate is the kiosk's default for older listeners. */
function hallSpeaker(audio: HTMLAudioElement): SpeechPlayer {
  const player = new SpeechPlayer(audio);
  player.configure({ volume: 1, rate: 0.85 });
  return player;
}

/** The hall display board, read from across the hall: current calls, recent calls, waiting counts. */
export function BoardApp() {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('board.title');
  }, [t]);
  const [board, setBoard] = useState<BoardState>();
  const [access, setAccess] = useState<'ok' | 'device-not-paired' | 'unreachable'>('ok');
  const [fresh, setFresh] = useState<FreshCall>();
  const audio = useRef<HTMLAudioElement>(null);
  const announcer = useRef<BoardAnnouncer>(undefined);
  const connectedBefore = useRef(false);
  // Each new number loads the board again; the latest load wins.
  const [loads, setLoads] = useState(0);
  const load = useCallback(() => setLoads((count) => count + 1), []);
  useEffect(() => {
    let latest = true;
    let retry: ReturnType<typeof setTimeout> | undefined;
    void loadBoard().then((result) => {
      if (!latest) return;
      if (result.ok) setBoard(result.board);
      setAccess(result.ok ? 'ok' : result.error);
      if (!result.ok && result.error === 'unreachable') retry = setTimeout(load, retryMs);
    });
    return () => {
      latest = false;
      clearTimeout(retry);
    };
  }, [loads, load]);

  useLiveEvents('board', (event: LiveEvent) => {
    // Connected again after a break: what happened meanwhile is fetched afresh.
    if (event.type === 'hello' && connectedBefore.current) load();
    if (event.type === 'hello') connectedBefore.current = true;
    if (event.type === 'queue' || event.type === 'config') load();
    if (event.type !== 'call') return;
    setFresh((previous) => ({ number: event.number, windowId: event.windowId, sequence: (previous?.sequence ?? 0) + 1 }));
    if (!audio.current) return;
    announcer.current ??= new BoardAnnouncer(hallSpeaker(audio.current));
    announcer.current.announce(callAnnouncement(event, i18n.language), i18n.language);
  });
  useEffect(() => () => announcer.current?.dispose(), []);

  return (
    <main className="board">
      <h1>{t('board.heading')}</h1>
      {access === 'device-not-paired' && (
        <div className="board__pairing">
          <PairingForm onPaired={load} />
        </div>
      )}
      {access === 'unreachable' && <p className="board__problem">{t('board.unreachable')}</p>}
      {board && access === 'ok' && <CallsBoard board={board} fresh={fresh} />}
      {/* The board shows every call it announces. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio ref={audio} className="board-voice" data-state="idle" />
    </main>
  );
}
