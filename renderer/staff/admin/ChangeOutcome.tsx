import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ConfigProblem } from '../../../electron/config/problems.ts';
import { configProblemText } from '../../i18n/config-problem-text.ts';
import { failureText } from '../failure-text.ts';
import type { ApiFailure } from '../staff-api.ts';

export type Outcome = { kind: 'saved'; text: string } | { kind: 'failed'; failure: ApiFailure };

function isConfigProblem(problem: unknown): problem is ConfigProblem {
  return typeof problem === 'object' && problem !== null && 'kind' in problem && 'path' in problem;
}

/** A refused change (422) names each problem as the status page does: what is wrong, where. */
function problemText(t: TFunction, problem: unknown): string {
  if (isConfigProblem(problem)) return t('staff.admin.problem', { problem: configProblemText(t, problem).problem, path: problem.path });
  return typeof problem === 'string' ? problem : t('staff.admin.problemUnknown');
}

/** What became of the admin's last change: saved, or why not and what to do. */
export function ChangeOutcome({ outcome }: { outcome: Outcome | undefined }) {
  const { t } = useTranslation();
  let body = null;
  if (outcome?.kind === 'saved') body = <p>{outcome.text}</p>;
  if (outcome?.kind === 'failed') {
    const problems = outcome.failure.problems ?? [];
    body =
      outcome.failure.error === 'invalid-change' ? (
        <div className="staff__error">
          <p>{t('staff.admin.refused')}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>{problemText(t, problem)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="staff__error">{failureText(t, outcome.failure)}</p>
      );
  }
  return (
    <div role="status" className="staff__message">
      {body}
    </div>
  );
}
