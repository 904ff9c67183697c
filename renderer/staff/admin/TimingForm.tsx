import { Button, Form, Input, Label, NumberField, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { staffApi } from '../staff-api.ts';
import type { ApiResult, Timing } from '../staff-api.ts';
import { useDraft } from './use-draft.ts';

/** The limits of electron/config/schema.ts's timing; the backend checks them again. */
const limits: Record<keyof Timing, { min: number; max: number }> = {
  idleWarningAfterSeconds: { min: 30, max: 3600 },
  idleCountdownSeconds: { min: 10, max: 300 },
  idleExtensions: { min: 10, max: 100 },
  doubleTapGuardMs: { min: 0, max: 3000 },
};
const fields = Object.keys(limits) as (keyof Timing)[];

export interface TimingFormProps {
  timing: Timing;
  onDone: (result: ApiResult, savedText: string) => void;
}

/** accessibility.md, Time and Touching: the idle warning, its countdown, how often it may be extended, the double-tap guard. */
export function TimingForm({ timing, onDone }: TimingFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useDraft(timing);
  return (
    <Form
      validationBehavior="aria"
      className="staff__form"
      onSubmit={(event) => {
        event.preventDefault();
        void staffApi.setTiming(values).then((result) => onDone(result, t('staff.admin.timing.saved')));
      }}
    >
      {fields.map((field) => (
        <NumberField
          key={field}
          className="staff__field"
          value={values[field]}
          minValue={limits[field].min}
          maxValue={limits[field].max}
          step={1}
          formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
          onChange={(value) => setValues((previous) => ({ ...previous, [field]: Number.isNaN(value) ? previous[field] : value }))}
        >
          <Label>{t(`staff.admin.timing.${field}`)}</Label>
          <Text slot="description">{t('staff.admin.timing.limits', limits[field])}</Text>
          <Input />
        </NumberField>
      ))}
      <Button type="submit" className="staff__button staff__button--primary">
        {t('staff.admin.save')}
      </Button>
    </Form>
  );
}
