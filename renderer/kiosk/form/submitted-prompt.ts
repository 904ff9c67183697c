import type { ServiceForm } from '../../../electron/core/catalog/form.ts';
import type { SpeechItem } from '../../voice/speech-player.ts';

export interface SubmittedFacts {
  reference: string;
  printed: boolean;
  /** Sync is on and the county cannot be reached now: the request waits in the outbox (issue #8). */
  countyOffline: boolean;
  form: ServiceForm;
  filedByText?: string;
}

/** The notices the confirmation shows, in the order they are shown and spoken. */
export function submittedNotices({ printed, countyOffline }: Pick<SubmittedFacts, 'printed' | 'countyOffline'>): string[] {
  return [printed ? 'form.done.printed' : 'form.done.notPrinted', ...(countyOffline ? ['durability.submission.savedUntilOnline'] : [])];
}

/** What the confirmation says aloud: everything on it, the reference one character at a time. */
export function submittedPrompt(facts: SubmittedFacts): SpeechItem[] {
  return [
    { id: 'form.done.heading' },
    { id: 'form.done.referenceIs' },
    { text: facts.reference, digitByDigit: true },
    ...submittedNotices(facts).map((id) => ({ id })),
    ...(facts.filedByText ? [{ text: facts.filedByText }] : []),
    { id: 'form.done.nextSteps' },
    ...facts.form.nextSteps.map((step) => ({ id: step.id })),
  ];
}
