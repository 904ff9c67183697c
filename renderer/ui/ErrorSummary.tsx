import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './ErrorSummary.css';

export interface ErrorSummaryProps {
  /** Each problem, with how to fix it. */
  problems: string[];
  /** The heading's key; a refusal that is no mistake of the resident's says so (queue.problems.title). */
  titleKey?: string;
}

/** GOV.UK's error summary: at the top, takes focus, and names each problem (accessibility.md, Forms). */
export function ErrorSummary({ problems, titleKey = 'form.errorSummary' }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problems]);
  return (
    // A group, so that the heading names it when it takes focus (ARIA: a plain div cannot be named).
    <div ref={ref} className="error-summary" role="group" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">
        <span aria-hidden="true">⚠ </span>
        {t(titleKey)}
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
