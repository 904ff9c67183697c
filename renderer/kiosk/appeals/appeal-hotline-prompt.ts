import type { SpeechItem } from '../../voice/speech-player.ts';

export interface AppealHotlineProps {
  hotline: string;
  dutyPhone: string;
  /** No county key: the kiosk takes no appeal text and sends residents to the phones instead (issue #7). */
  closed: boolean;
}

/** What the appeal service's screen says aloud about the hotline; numbers digit by digit, as on the phone. */
export function appealHotlinePrompt({ hotline, dutyPhone, closed }: AppealHotlineProps): SpeechItem[] {
  const number: SpeechItem = { text: hotline, digitByDigit: true };
  return closed
    ? [{ id: 'appeals.closed' }, number, { id: 'appeals.closedDutyPhone' }, { text: dutyPhone, digitByDigit: true }]
    : [{ id: 'appeals.hotlineHeading' }, number, { id: 'appeals.hotlineLine' }];
}
