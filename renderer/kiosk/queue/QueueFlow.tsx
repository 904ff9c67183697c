import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogService, KioskSettings } from '../../api.ts';
import { useHelpWhere } from '../help/help-where.ts';
import { BusinessTypeScreen } from './BusinessTypeScreen.tsx';
import { PriorityScreen } from './PriorityScreen.tsx';
import { takeTicket } from './queue-api.ts';
import type { TicketError, TicketTaken } from './queue-api.ts';
import { TicketScreen } from './TicketScreen.tsx';

type Step = { at: 'business-type' } | { at: 'priority' } | { at: 'ticket'; taken: TicketTaken };

/** The priority screen's problems: no choice yet, or no ticket came back. */
export type PriorityProblem = 'no-choice' | TicketError;

export interface QueueFlowProps {
  /** The 取号排队 service, for its name. */
  service: CatalogService;
  queue: KioskSettings['queue'];
  /** Back from the first step, and 完成 on the ticket: the home screen. */
  onLeave: () => void;
}

/** product.md, Queue ticket: the business type, then priority (no proof asked), then the ticket. */
export function QueueFlow({ service, queue, onLeave }: QueueFlowProps) {
  const { i18n } = useTranslation();
  const [step, setStep] = useState<Step>({ at: 'business-type' });
  // Kept through back and retries, so a failed request loses nothing the resident chose.
  const [businessType, setBusinessType] = useState<string>();
  const [priority, setPriority] = useState<boolean>();
  const [problem, setProblem] = useState<PriorityProblem>();
  const taking = useRef(false);
  useHelpWhere(`queue:${step.at}`);

  const chosenType = queue.businessTypes.find((type) => type.letter === businessType);
  if (step.at === 'ticket') return <TicketScreen taken={step.taken} onDone={onLeave} />;
  if (step.at === 'business-type' || !chosenType) {
    return (
      <BusinessTypeScreen
        service={service}
        businessTypes={queue.businessTypes}
        onChoose={(letter) => {
          setBusinessType(letter);
          setProblem(undefined);
          setStep({ at: 'priority' });
        }}
        onBack={onLeave}
      />
    );
  }
  return (
    <PriorityScreen
      groups={queue.priorityGroups}
      priority={priority}
      problem={problem}
      onChoose={(choice) => {
        setPriority(choice);
        setProblem(undefined);
      }}
      onBack={() => setStep({ at: 'business-type' })}
      onTake={() => void take(chosenType.letter)}
    />
  );

  async function take(letter: string): Promise<void> {
    if (priority === undefined) return setProblem('no-choice');
    // One ticket per press, however long the backend takes to answer.
    if (taking.current) return;
    taking.current = true;
    setProblem(undefined);
    const result = await takeTicket({ businessType: letter, priority, locale: i18n.language === 'en' ? 'en' : 'zh-CN' });
    taking.current = false;
    if (result.ok) setStep({ at: 'ticket', taken: result });
    else setProblem(result.error);
  }
}
