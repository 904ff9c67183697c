import type { TFunction } from 'i18next';
import type { LocaleId } from '../catalog/texts.ts';
import { hallClockTime, hallDay } from '../queue/hall-day.ts';
import { applicationFormStyle } from './application-form-style.ts';
import type { WorkDetail } from './work-detail.ts';

export interface ApplicationFormInput {
  detail: WorkDetail;
  hallName: string;
  locale: LocaleId;
  t: TFunction;
  printedAt: Date;
  /** The console links the style file (strict CSP); Chromium prints a self-contained page. */
  style: { inline: true } | { href: string };
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every text on the form is the resident's or the seed's: escaped, never markup. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function hallTime(iso: string): string {
  const instant = new Date(iso);
  return `${hallDay(instant)} ${hallClockTime(instant)}`;
}

/**
 * The A4 application form for one request (issue #7): the hall, reference, service, department system,
 * every answer in the department's order, and boxes for the applicant's (or agent's) signature or
 * thumbprint and the staff member's. Staff-only: it holds the full data. Pure, so its content is tested.
 */
export function applicationFormHtml({ detail, hallName, locale, t, printedAt, style }: ApplicationFormInput): string {
  const say = (key: string, values: Record<string, unknown> = {}) => escapeHtml(t(key, { ...values, lng: locale }));
  const { item, fields } = detail;
  const serviceName = item.serviceName[locale];
  const title = say('worklist.form.title', { service: serviceName });
  const row = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
  const dateLine = `<p>${say('worklist.form.signedOn')}</p>`;
  const stylesheet = 'inline' in style ? `<style>${applicationFormStyle}</style>` : `<link rel="stylesheet" href="${escapeHtml(style.href)}">`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${title} ${escapeHtml(item.reference)}</title>
${stylesheet}
</head>
<body>
<main class="form">
<p class="form__hall">${escapeHtml(hallName)}</p>
<h1>${title}</h1>
<table class="form__meta">
<tr><th scope="row">${say('worklist.form.reference')}</th><td class="form__code">${escapeHtml(item.reference)}</td><th scope="row">${say('worklist.form.submittedAt')}</th><td class="form__code">${escapeHtml(hallTime(item.createdAt))}</td></tr>
<tr><th scope="row">${say('worklist.form.department')}</th><td>${say(`worklist.department.${item.department}`)}</td><th scope="row">${say('worklist.form.serial')}</th><td class="form__code">${escapeHtml(item.departmentSerial ?? '')}</td></tr>
</table>
<table class="form__answers">
<caption>${say('worklist.form.answers')}</caption>
${fields.map((field) => row(escapeHtml(field.label), escapeHtml(field.value))).join('\n')}
</table>
${detail.filedBy ? `<p class="form__note">${say('worklist.form.filedByStaff')}</p>` : ''}
<section class="form__signatures">
<div class="form__signature"><h2>${say('worklist.form.applicantSignature')}</h2><div class="form__signature-box"></div>${dateLine}</div>
<div class="form__signature"><h2>${say('worklist.form.staffSignature')}</h2><div class="form__signature-box"></div>${dateLine}</div>
</section>
<p class="form__footer">${say('worklist.form.footer', { date: hallDay(printedAt) })}</p>
</main>
</body>
</html>
`;
}
