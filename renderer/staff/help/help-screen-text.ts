import type { TFunction } from 'i18next';
import type { Localised } from '../../../electron/config/localised.ts';
import { inLanguage } from '../localised-text.ts';

/** What the console needs of a service to name a screen: its name and its questions. */
export interface ServiceTexts {
  id: string;
  name: Localised;
  form?: { questions: readonly { id: string; question: Localised }[] } | undefined;
}

/** Form steps that are not questions, by the name the kiosk reports them with. */
const formSteps = ['check-answers', 'submitted'] as const;
const queueSteps = ['business-type'] as const;
const enquirySteps = ['choose', 'reference', 'id-number', 'results', 'refused'] as const;

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/**
 * Where a resident asked for help, in words staff understand: 'form:high-age-allowance:idNumber' →
 * "高龄津贴申请 · 老人的身份证号码是多少？". A call from the appeals service arrives without a screen
 * (its subject may be the staff themselves), and says only that a resident needs help.
 */
export function helpScreenText(screen: string | null, services: readonly ServiceTexts[], t: TFunction, language: string): string {
  if (screen === null) return t('staff.help.screen.unnamed');
  const [kind = '', serviceId = '', step = ''] = screen.split(':');
  const service = services.find((each) => each.id === serviceId);
  const serviceName = service ? inLanguage(service.name, language) : serviceId;
  const joined = (...parts: string[]) => parts.filter((part) => part !== '').join(' · ');
  switch (kind) {
    case 'home':
      return t('staff.help.screen.home');
    case 'service':
      return joined(serviceName, t('staff.help.screen.description'));
    case 'form': {
      if (isOneOf(formSteps, step)) return joined(serviceName, t(`staff.help.screen.form.${step}`));
      const question = service?.form?.questions.find((each) => each.id === step);
      return joined(serviceName, question ? inLanguage(question.question, language) : '');
    }
    case 'queue':
      // 'queue:business-type': the second part is the step, not a service.
      return joined(t('staff.help.screen.queue'), isOneOf(queueSteps, serviceId) ? t(`staff.help.screen.queueStep.${serviceId}`) : '');
    case 'enquiry':
      // 'enquiry:reference': the second part is the step, as with the queue.
      return joined(t('staff.help.screen.enquiry'), isOneOf(enquirySteps, serviceId) ? t(`staff.help.screen.enquiryStep.${serviceId}`) : '');
    default:
      return t('staff.help.screen.other', { screen });
  }
}
