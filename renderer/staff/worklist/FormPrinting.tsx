import { Button, Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { failureText } from '../failure-text.ts';
import { formPath, worklistApi } from './worklist-api.ts';

export interface FormPrintingProps {
  reference: string;
  onOutcome: (text: string) => void;
}

/**
 * The A4 application form: seen in its own tab, printed from this computer (the browser's print dialog,
 * through the PC's own printers), or sent to the hall's A4 printer by the kiosk.
 */
export function FormPrinting({ reference, onOutcome }: FormPrintingProps) {
  const { t, i18n } = useTranslation();
  const path = formPath(reference, i18n.language);
  const printHere = () => {
    const form = window.open(path);
    // Same origin: the console may ask the form's tab to print once it has drawn the page.
    form?.addEventListener('load', () => form.print());
  };
  const printInHall = async () => {
    const result = await worklistApi.print(reference, i18n.language);
    if (!result.ok) return onOutcome(result.message ?? failureText(t, result));
    onOutcome(result.savedAs ? t('worklist.print.savedAsFile', { file: result.savedAs }) : t('worklist.print.sent'));
  };
  return (
    <div className="staff__actions">
      <Link className="staff__button worklist__link" href={path} target="_blank">
        {t('worklist.print.view')}
      </Link>
      <Button className="staff__button" onPress={printHere}>
        {t('worklist.print.here')}
      </Button>
      <Button className="staff__button" onPress={() => void printInHall()}>
        {t('worklist.print.hall')}
      </Button>
    </div>
  );
}
