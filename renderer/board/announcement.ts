import type { Localised } from '../../electron/config/localised.ts';
import { inLanguage } from '../staff/localised-text.ts';
import type { SpeechItem } from '../voice/speech-player.ts';

/**
 * product.md, Hall display board: "请 A012 号到 1号窗口办理", from the words' clips, the number read one
 * character at a time (accessibility.md, Hearing) and the window's name.
 */
export function callAnnouncement(call: { number: string; windowName: Localised }, language: string): SpeechItem[] {
  const once: SpeechItem[] = [
    { id: 'board.announce.please' },
    { text: call.number, digitByDigit: true },
    { id: 'board.announce.toWindow' },
    { text: inLanguage(call.windowName, language) },
    { id: 'board.announce.handle' },
  ];
  // Said twice, as halls do: whoever missed the start hears it whole the second time.
  return [...once, ...once];
}
