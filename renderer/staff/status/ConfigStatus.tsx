import { useTranslation } from 'react-i18next';
import { configProblemText } from '../../i18n/config-problem-text.ts';
import type { StaffStatus } from '../staff-api.ts';

/** Which config the kiosk runs on, and each problem as where / what is wrong / how to fix it. */
export function ConfigStatus({ config }: { config: StaffStatus['config'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="staff-config" className={config.problems.length > 0 ? 'staff__alert' : undefined}>
      <h3 id="staff-config">{t('staff.config.heading')}</h3>
      <p>{t(`staff.config.source.${config.source}`, { path: config.requestedPath })}</p>
      {config.problems.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('staff.config.where')}</th>
              <th scope="col">{t('staff.config.whatIsWrong')}</th>
              <th scope="col">{t('staff.config.howToFix')}</th>
            </tr>
          </thead>
          <tbody>
            {config.problems.map((problem, index) => {
              const text = configProblemText(t, problem);
              return (
                <tr key={`${problem.path}-${index}`}>
                  <td>
                    <code>{problem.path}</code>
                  </td>
                  <td>{text.problem}</td>
                  <td>{text.fix}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
