import { Ticket } from 'lucide-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KioskSettings } from '../../api.ts';
import { ChoiceToggle } from '../../ui/ChoiceToggle.tsx';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import type { PriorityProblem } from './QueueFlow.tsx';
import './queue.css';

export interface PriorityScreenProps {
  groups: KioskSettings['queue']['priorityGroups'];
  /** Undefined until the resident chooses. */
  priority: boolean | undefined;
  problem: PriorityProblem | undefined;
  onChoose: (priority: boolean) => void;
  onBack: () => void;
  onTake: () => void;
}

/**
 * Who may be served first, from the hall's config, and the choice as two toggle buttons (Up/Down move
 * between them and never change the answer). No proof is asked: the kiosk takes the resident's word.
 */
export function PriorityScreen({ groups, priority, problem, onChoose, onBack, onTake }: PriorityScreenProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const problemKey = problem && `queue.problems.${problem}`;
  const problemText = problemKey && t(problemKey);
  // The summary takes focus when its problems change, not on every render.
  const problems = useMemo(() => (problemText ? [problemText] : []), [problemText]);
  // Only an unmade choice is the resident's to correct; a refusal (too many tickets, no connection) is not.
  const titleKey = problem === 'no-choice' ? 'form.errorSummary' : 'queue.problems.title';
  return (
    <Screen
      heading={t('queue.priority.heading')}
      hasError={problemKey !== undefined}
      prompt={
        problemKey
          ? [{ id: titleKey }, { id: problemKey }]
          : [{ id: 'queue.priority.heading' }, { id: 'queue.priority.who' }, ...groups.map((group) => ({ text: group[language] })), { id: 'queue.priority.noProof' }]
      }
      onBack={onBack}
      actions={<ScreenActions onBack={onBack} onNext={onTake} nextLabel={t('queue.priority.take')} nextIcon={<Ticket aria-hidden focusable={false} />} />}
    >
      {problems.length > 0 && <ErrorSummary problems={problems} titleKey={titleKey} />}
      <p>{t('queue.priority.who')}</p>
      <ul className="queue-groups">
        {groups.map((group) => (
          <li key={group['zh-CN']}>{group[language]}</li>
        ))}
      </ul>
      <p>{t('queue.priority.noProof')}</p>
      <div role="group" aria-label={t('queue.priority.choiceLabel')} className="choice-toggles">
        {[true, false].map((choice) => (
          <ChoiceToggle key={String(choice)} isSelected={priority === choice} onChange={() => onChoose(choice)}>
            {t(choice ? 'queue.priority.first' : 'queue.priority.normal')}
          </ChoiceToggle>
        ))}
      </div>
    </Screen>
  );
}
