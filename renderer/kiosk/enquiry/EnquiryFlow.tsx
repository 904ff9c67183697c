import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogResponse, CatalogService } from '../../api.ts';
import { seedNamespace } from '../../i18n/seed-texts.ts';
import { useHelpWhere } from '../help/help-where.ts';
import { IdNumberScreen } from '../IdNumberScreen.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { ScreenActions } from '../../ui/ScreenActions.tsx';
import { enquire } from './enquiry-api.ts';
import type { EnquiryItem, EnquiryProblem, EnquiryRequest } from './enquiry-api.ts';
import { EnquiryChooseScreen } from './EnquiryChooseScreen.tsx';
import { EnquiryResultsScreen } from './EnquiryResultsScreen.tsx';
import { ReferenceScreen } from './ReferenceScreen.tsx';

type Step = { at: 'choose' } | { at: 'reference' } | { at: 'id-number' } | { at: 'results'; items: EnquiryItem[] } | { at: 'refused'; problem: Exclude<EnquiryProblem['error'], 'reference'> };

export interface EnquiryFlowProps {
  /** The 办理进度查询 entry, for its name. */
  service: CatalogService;
  countyFigures: CatalogResponse['countyFigures'];
  onLeave: () => void;
}

/** 办理进度查询 (issue #7, point 5): by the receipt's reference or by ID card, then where each request stands. */
export function EnquiryFlow({ service, countyFigures, onLeave }: EnquiryFlowProps) {
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ at: 'choose' });
  // Only in memory, for this visit, like a form's draft (product.md, Privacy).
  const [reference, setReference] = useState('');
  const [idNumber, setIdNumber] = useState('');
  const [referenceProblem, setReferenceProblem] = useState<string>();
  const asking = useRef(false);
  useHelpWhere(`enquiry:${step.at}`);

  const ask = async (request: EnquiryRequest) => {
    if (asking.current) return;
    asking.current = true;
    const answer = await enquire(request);
    asking.current = false;
    if (answer.ok) setStep({ at: 'results', items: answer.items });
    else if (answer.error === 'reference') setReferenceProblem(`enquiry.reference.errors.${answer.problem}`);
    else setStep({ at: 'refused', problem: answer.error });
  };
  const choose = () => setStep({ at: 'choose' });

  switch (step.at) {
    case 'choose':
      return (
        <EnquiryChooseScreen
          heading={t(service.name.id, { ns: seedNamespace, ...countyFigures })}
          headingId={service.name.id}
          onByReference={() => setStep({ at: 'reference' })}
          onByIdNumber={() => setStep({ at: 'id-number' })}
          onBack={onLeave}
        />
      );
    case 'reference':
      return (
        <ReferenceScreen
          value={reference}
          problem={referenceProblem}
          onChange={(next) => {
            setReferenceProblem(undefined);
            setReference(next);
          }}
          onSearch={() => void ask({ reference })}
          onBack={choose}
        />
      );
    case 'id-number':
      return <IdNumberScreen value={idNumber} onChange={setIdNumber} onBack={choose} onValid={(facts) => void ask({ idNumber: facts.idNumber })} />;
    case 'results':
      return <EnquiryResultsScreen items={step.items} countyFigures={countyFigures} onAgain={choose} onBack={choose} />;
    case 'refused':
      return (
        <Screen heading={t(`enquiry.errors.${step.problem}`)} prompt={[{ id: `enquiry.errors.${step.problem}` }]} onBack={choose} actions={<ScreenActions onBack={choose} />}>
          {null}
        </Screen>
      );
    default: {
      const unhandled: never = step;
      throw new Error(`unknown enquiry step ${JSON.stringify(unhandled)}`);
    }
  }
}
