import type { TFunction } from 'i18next';
import type { ConfigProblem } from '../../electron/config/problems.ts';

/** A config problem as the words staff read, on the status page and from `npm run check-config`. */
export function configProblemText(t: TFunction, problem: ConfigProblem): { problem: string; fix: string } {
  return { problem: t(`staff.config.problem.${problem.kind}`, problem), fix: t(`staff.config.fix.${problem.kind}`, problem) };
}
