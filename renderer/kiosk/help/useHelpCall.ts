import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveEvent } from '../../../electron/server/hub.ts';
import { callForHelp, helpCallState } from './help-api.ts';
import type { HelpRequest } from './help-api.ts';

/** This kiosk's help call, from the press to staff clearing it. */
export type HelpCall =
  | { state: 'none' }
  | { state: 'calling' }
  | { state: 'waiting' | 'acknowledged'; id: number }
  | { state: 'nobody' | 'closed'; dutyPhone: string }
  | { state: 'failed' }
  /** Issue #16.4: over the kiosk's limit on help calls; the resident goes to the counter or rings the duty phone. */
  | { state: 'too-many' };

/** A live `help` event (electron/server/hub.ts); the kiosk follows only its own call. */
export type HelpEvent = Omit<Extract<LiveEvent, { type: 'help' }>, 'type'>;

export interface HelpCallControl {
  call: HelpCall;
  dialogOpen: boolean;
  /** accessibility.md, Time: the idle timer pauses while staff are on their way. */
  staffComing: boolean;
  /** 呼叫工作人员 or F8: calls once; pressed again while a call is open, shows it again. */
  start: (request: HelpRequest) => void;
  closeDialog: () => void;
  onLiveEvent: (event: HelpEvent) => void;
  /** After the live connection was lost and made again: ask where the call stands. */
  refresh: () => void;
}

/**
 * product.md, Call staff: one press, and the resident is told at once whether someone is coming. The
 * dialog can be closed; the call stays open for staff, and what they do next is still said.
 */
export function useHelpCall(announce: (text: string) => void): HelpCallControl {
  const { t } = useTranslation();
  const [call, setCall] = useState<HelpCall>({ state: 'none' });
  const [dialogOpen, setDialogOpen] = useState(false);
  // Live events and late answers read the newest state, not the state when they were set up.
  const current = useRef({ call, dialogOpen });
  useEffect(() => {
    current.current = { call, dialogOpen };
  });

  // Set at once, before any render: a held F8 repeats faster than the state updates.
  const calling = useRef(false);
  const start = useCallback((request: HelpRequest) => {
    setDialogOpen(true);
    const { state } = current.current.call;
    if (calling.current || state === 'waiting' || state === 'acknowledged') return;
    calling.current = true;
    setCall({ state: 'calling' });
    void callForHelp(request).then((answer) => {
      calling.current = false;
      if (!answer.ok) return setCall({ state: answer.error === 'too-many' ? 'too-many' : 'failed' });
      setCall(answer.state === 'waiting' ? { state: 'waiting', id: answer.id } : { state: answer.state, dutyPhone: answer.dutyPhone });
    });
  }, []);

  const closeDialog = useCallback(() => {
    setDialogOpen(false);
    // A call nobody can answer is over once its news is read; a waiting one stays open for staff.
    setCall((now) => (now.state === 'waiting' || now.state === 'acknowledged' || now.state === 'calling' ? now : { state: 'none' }));
  }, []);

  const follow = useCallback(
    // 'unanswered' comes only from asking (refresh) and, like 'waiting', changes nothing here.
    (state: HelpEvent['state'] | 'unanswered' | 'gone') => {
      if (state === 'acknowledged') {
        setCall((now) => (now.state === 'waiting' ? { ...now, state: 'acknowledged' } : now));
        // The dialog, when open, says it itself; closed, the news still reaches the resident.
        if (!current.current.dialogOpen && current.current.call.state === 'waiting') announce(t('help.acknowledged'));
      } else if (state === 'cleared' || state === 'gone') {
        setCall({ state: 'none' });
        setDialogOpen(false);
      }
    },
    [announce, t],
  );

  const onLiveEvent = useCallback(
    (event: HelpEvent) => {
      const now = current.current.call;
      if ((now.state === 'waiting' || now.state === 'acknowledged') && now.id === event.id) follow(event.state);
    },
    [follow],
  );

  const refresh = useCallback(() => {
    const now = current.current.call;
    if (now.state !== 'waiting' && now.state !== 'acknowledged') return;
    void helpCallState(now.id).then((answer) => {
      if (!answer.reached) return;
      if (answer.status === 404) follow('gone');
      else if (answer.status === 200) follow(answer.body.state);
    });
  }, [follow]);

  const staffComing = call.state === 'calling' || call.state === 'waiting' || call.state === 'acknowledged';
  return { call, dialogOpen, staffComing, start, closeDialog, onLiveEvent, refresh };
}
