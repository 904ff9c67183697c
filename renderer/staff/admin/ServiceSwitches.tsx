import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../localised-text.ts';
import { staffApi } from '../staff-api.ts';
import type { AdminSettings, ApiResult } from '../staff-api.ts';
import { useDraft } from './use-draft.ts';

export interface ServiceSwitchesProps {
  services: AdminSettings['services'];
  onDone: (result: ApiResult, savedText: string) => void;
}

/** Which services the kiosk's home screen offers, one switch each. */
export function ServiceSwitches({ services, onDone }: ServiceSwitchesProps) {
  const { t, i18n } = useTranslation();
  // Shown at once, so quick changes build on each other; the reload after each shows what is in force.
  const [enabled, setEnabled] = useDraft(services.enabled);
  const change = async (id: string, on: boolean) => {
    // In the order the services are listed (seed order), as the home screen shows them.
    const next = services.available.map((service) => service.id).filter((each) => (each === id ? on : enabled.includes(each)));
    const name = inLanguage(services.available.find((service) => service.id === id)?.name ?? { 'zh-CN': id, en: id }, i18n.language);
    setEnabled(() => next);
    const result = await staffApi.setServices(next);
    if (!result.ok) setEnabled(() => services.enabled);
    onDone(result, t(on ? 'staff.admin.services.switchedOn' : 'staff.admin.services.switchedOff', { name }));
  };
  return (
    <ul className="staff__switches" aria-labelledby="staff-services">
      {services.available.map((service) => (
        <li key={service.id}>
          <Switch className="staff__switch" isSelected={enabled.includes(service.id)} onChange={(on) => void change(service.id, on)}>
            <span className="staff__switch-track" aria-hidden />
            {inLanguage(service.name, i18n.language)}
          </Switch>
        </li>
      ))}
    </ul>
  );
}
