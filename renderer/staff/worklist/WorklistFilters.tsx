import { Label, Radio, RadioGroup, Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { departments } from '../../../electron/core/catalog/departments.ts';
import type { WorklistFilter } from './worklist-api.ts';

export interface WorklistFiltersProps {
  filter: WorklistFilter;
  onChange: (filter: WorklistFilter) => void;
}

/** Today's, what is still to do, and one department system: the three ways staff narrow the list. */
export function WorklistFilters({ filter, onChange }: WorklistFiltersProps) {
  const { t } = useTranslation();
  return (
    <div className="worklist__filters" role="group" aria-label={t('worklist.filters.label')}>
      <div className="worklist__switches">
        <Switch className="staff__switch" isSelected={filter.today} onChange={(today) => onChange({ ...filter, today })}>
          <span className="staff__switch-track" aria-hidden />
          {t('worklist.filters.today')}
        </Switch>
        <Switch className="staff__switch" isSelected={filter.waiting} onChange={(waiting) => onChange({ ...filter, waiting })}>
          <span className="staff__switch-track" aria-hidden />
          {t('worklist.filters.waiting')}
        </Switch>
      </div>
      <RadioGroup
        className="staff__field"
        orientation="horizontal"
        value={filter.department}
        onChange={(value) => onChange({ ...filter, department: departments.find((each) => each === value) ?? 'all' })}
      >
        <Label>{t('worklist.filters.department')}</Label>
        <div className="staff__radios worklist__departments">
          <Radio value="all" className="staff__radio">
            {t('worklist.filters.allDepartments')}
          </Radio>
          {departments.map((department) => (
            <Radio key={department} value={department} className="staff__radio">
              {t(`worklist.department.${department}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
    </div>
  );
}
