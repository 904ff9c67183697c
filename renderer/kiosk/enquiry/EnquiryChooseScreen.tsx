import { IdCard, ReceiptText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Tile } from '../../ui/Tile.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import './enquiry.css';

export interface EnquiryChooseScreenProps {
  heading: string;
  headingId: string;
  onByReference: () => void;
  onByIdNumber: () => void;
  onBack: () => void;
}

/** The enquiry's first screen: look up by the receipt's reference, or by ID card or number. */
export function EnquiryChooseScreen({ heading, headingId, onByReference, onByIdNumber, onBack }: EnquiryChooseScreenProps) {
  const { t } = useTranslation();
  return (
    <Screen heading={heading} prompt={[{ id: headingId }, { id: 'enquiry.choose.prompt' }]} onBack={onBack} actions={<ScreenActions onBack={onBack} />}>
      <p>{t('enquiry.choose.prompt')}</p>
      <ul className="enquiry-ways" aria-label={t('enquiry.choose.label')}>
        <li>
          <Tile icon={<ReceiptText aria-hidden focusable={false} />} name={t('enquiry.choose.byReference')} summary={t('enquiry.choose.byReferenceHint')} onPress={onByReference} />
        </li>
        <li>
          <Tile icon={<IdCard aria-hidden focusable={false} />} name={t('enquiry.choose.byIdNumber')} summary={t('enquiry.choose.byIdNumberHint')} onPress={onByIdNumber} />
        </li>
      </ul>
    </Screen>
  );
}
