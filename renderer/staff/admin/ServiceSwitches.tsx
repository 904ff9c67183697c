import { useState } from 'react';
import { Switch } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { inLanguage } from '../localised-text.ts';
import { staffApi } from '../staff-api.ts';
import type { AdminSettings, ApiResult } from '../staff-api.ts';

export interface ServiceSwitchesProps {
  services: AdminSettings['services'];
  onDone: (result: ApiResult, savedText: string) => void;
}

/** Which services the kiosk's home screen offers, one switch each. */
export function ServiceSwitches({ services, onDone }: ServiceSwitchesProps) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const change = async (id: string, on: boolean) => {
    // In the order the services are listed (seed order), as the home screen shows them.
    const enabled = services.available.map((service) => service.id).filter((each) => (each === id ? on : services.enabled.includes(each)));
    const name = inLanguage(services.available.find((service) => service.id === id)?.name ?? { 'zh-CN': id, en: id }, i18n.language);
    setBusy(true);
    const result = await staffApi.setServices(enabled);
    setBusy(false);
    onDone(result, t(on ? 'staff.admin.services.switchedOn' : 'staff.admin.services.switchedOff', { name }));
  };
  return (
    <ul className="staff__switches" aria-labelledby="staff-services">
      {services.available.map((service) => (
        <li key={service.id}>
          <Switch className="staff__switch" isSelected={services.enabled.includes(service.id)} isDisabled={busy} onChange={(on) => void change(service.id, on)}>
            <span className="staff__switch-track" aria-hidden />
            {inLanguage(service.name, i18n.language)}
          </Switch>
        </li>
      ))}
    </ul>
  );
}
