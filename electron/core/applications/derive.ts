import type { ServiceForm } from '../catalog/form.ts';
import type { Answers } from './answers.ts';

/**
 * 残疾人证号 (second-generation disability certificate): the 18-character resident ID number followed by
 * the category digit (1 视力 … 7 多重) and the level digit (1–4). The kiosk asks only for those two.
 */
export function disabilityCertificateNumber(idNumber: string, category: string, level: string): string {
  return `${idNumber}${category}${level}`;
}

/** Answers the kiosk works out itself and never asks (product.md, Identity). All are personal data. */
export function derivedAnswers(form: ServiceForm, answers: Answers): Record<string, string> {
  const idQuestion = form.questions.find((question) => question.type === 'id-number');
  const idNumber = idQuestion ? answers[idQuestion.id] : undefined;
  const { disabilityCategory, disabilityLevel } = answers;
  if (typeof idNumber === 'string' && typeof disabilityCategory === 'string' && typeof disabilityLevel === 'string') {
    return { disabilityCertificateNumber: disabilityCertificateNumber(idNumber, disabilityCategory, disabilityLevel) };
  }
  return {};
}
