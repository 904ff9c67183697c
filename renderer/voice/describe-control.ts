import type { TFunction } from 'i18next';
import { reachableControls } from '../a11y/focus-navigation.ts';
import type { SpeechItem } from './speech-player.ts';

/**
 * What a focused or touched control says in audio mode: its name, its state and its position
 * ("第 2 项，共 5 项"). A field's value is personal: through headphones it is read digit by digit,
 * on the loudspeaker only its length (EN 301 549 5.1.3.9).
 */
export function describeControl(element: HTMLElement, t: TFunction, privateListening: boolean): SpeechItem[] {
  const controls = reachableControls();
  const position = controls.indexOf(element);
  const where = position >= 0 ? t('voice.position', { n: position + 1, m: controls.length }) : '';
  const name = element.getAttribute('aria-label') ?? labelOf(element) ?? element.textContent?.trim() ?? '';
  const states = [
    element.getAttribute('aria-pressed') === 'true' ? t('voice.selected') : '',
    element.hasAttribute('disabled') ? t('voice.unavailable') : '',
  ].filter(Boolean);
  const join = (parts: string[]) => parts.filter(Boolean).join(t('voice.pause'));
  if (!(element instanceof HTMLInputElement)) return [{ text: join([name, ...states, where]) }];
  if (element.value === '') return [{ text: join([name, t('voice.empty'), where]) }];
  if (!privateListening) return [{ text: join([name, t('voice.typedCount', { count: element.value.length }), where]) }];
  return [{ text: join([name, where]) }, { text: element.value, digitByDigit: true, personal: true }];
}

function labelOf(element: HTMLElement): string | undefined {
  if (!(element instanceof HTMLInputElement)) return undefined;
  return element.labels?.[0]?.textContent?.trim();
}
