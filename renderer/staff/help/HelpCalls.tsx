import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SpeechPlayer } from '../../voice/speech-player.ts';
import { failureText } from '../failure-text.ts';
import { staffApi } from '../staff-api.ts';
import type { HelpCall } from '../staff-api.ts';
import { clockTime, minutesSince, useNow } from '../time-text.ts';
import { useLoaded } from '../use-loaded.ts';
import { helpScreenText } from './help-screen-text.ts';
import type { ServiceTexts } from './help-screen-text.ts';

export interface HelpCallsProps {
  refreshKey: number;
  /** The call the live events just reported as new, announced in words and by a spoken chime. */
  newCallId: number | undefined;
  services: readonly ServiceTexts[];
}

/** product.md, Call staff: staff see each call at once, with where the resident was stuck. */
export function HelpCalls({ refreshKey, newCallId, services }: HelpCallsProps) {
  const { t, i18n } = useTranslation();
  const calls = useLoaded(staffApi.helpCalls, refreshKey);
  const now = useNow(30_000);
  const [message, setMessage] = useState('');
  const audio = useRef<HTMLAudioElement>(null);
  const chime = useRef<SpeechPlayer>(undefined);
  const chimedFor = useRef<number>(undefined);
  const where = (call: HelpCall) => helpScreenText(call.screen, services, t, i18n.language);
  const act = async (action: 'acknowledgeHelp' | 'clearHelp', call: HelpCall) => {
    const result = await staffApi[action](call.id);
    setMessage(result.ok ? '' : failureText(t, result));
    calls.reload();
  };
  const list = calls.data?.calls ?? [];
  const newest = list.find((call) => call.id === newCallId && call.state === 'waiting');
  const announcedId = newest?.id;

  // Staff may be busy with someone at the counter: a new call is heard as well as shown, once, as it shows.
  useEffect(() => {
    if (announcedId === undefined || announcedId === chimedFor.current || !audio.current) return;
    chimedFor.current = announcedId;
    chime.current ??= new SpeechPlayer(audio.current);
    chime.current.speak([{ id: 'staff.help.chime' }], i18n.language);
  }, [announcedId, i18n.language]);

  return (
    <section aria-labelledby="staff-help" className={`staff__panel${list.some((call) => call.state === 'waiting') ? ' staff__panel--calling' : ''}`}>
      <h2 id="staff-help">{t('staff.help.heading')}</h2>
      <div role="alert" className="staff__announcement">
        {newest && (newest.screen === null ? t('staff.help.newCallUnnamed') : t('staff.help.newCall', { where: where(newest) }))}
      </div>
      {calls.failure && <p className="staff__error">{failureText(t, calls.failure)}</p>}
      {calls.data && list.length === 0 && <p>{t('staff.help.none')}</p>}
      {list.length > 0 && (
        <ol className="staff__calls">
          {list.map((call) => (
            <li key={call.id} className={`staff__call staff__call--${call.state}`}>
              <p className="staff__call-where">{where(call)}</p>
              <p>
                <time dateTime={call.createdAt}>{clockTime(call.createdAt, i18n.language)}</time>
                {' · '}
                {t(`staff.help.state.${call.state}`)}
                {' · '}
                {t('staff.queue.minutes', { minutes: minutesSince(call.createdAt, now) })}
              </p>
              <div className="staff__actions">
                {call.state === 'waiting' && (
                  <Button className="staff__button staff__button--primary" onPress={() => void act('acknowledgeHelp', call)}>
                    {t('staff.help.acknowledge')}
                  </Button>
                )}
                <Button className="staff__button" onPress={() => void act('clearHelp', call)}>
                  {t('staff.help.clear')}
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="staff__message">
        {message}
      </p>
      {/* The chime says in words what the announcement above shows. */}
      {/* eslint-disable-next-line jsx-a11y/media-has-caption */}
      <audio ref={audio} className="staff__chime" data-state="idle" />
    </section>
  );
}
