import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSeedDirectory } from '../core/catalog/catalog.ts';

/** The repository's own files, which tests read as the kiosk does. */
export const repositoryRoot = resolve(import.meta.dirname, '../..');
export const seedsDir = resolve(repositoryRoot, 'seeds');
export const bundledConfigFile = resolve(repositoryRoot, 'kiosk-config/default.json');

export function shippedSeeds() {
  return readSeedDirectory(seedsDir).seeds;
}

/** The demo hall's config as an object, to be broken on purpose. */
export function demoConfig(): Record<string, unknown> {
  return JSON.parse(readFileSync(bundledConfigFile, 'utf8')) as Record<string, unknown>;
}

/** A complete, valid set of answers to the shipped high-age allowance form. */
export const highAgeAllowanceAnswers = {
  applicantRelation: 'self',
  idNumber: '410102194603151231',
  paymentAccount: { kind: 'bank-card', bank: '中国农业银行', account: '6228480012345678901' },
  contactMobile: '13812345678',
  consent: true,
};

/** product.md, What it does: the queue ticket, the progress enquiry (issue #7) and the nine services, in home-screen order. */
export const productServices = [
  'queue-ticket',
  'pension-certification',
  'high-age-allowance',
  'progress-enquiry',
  'disability-subsidies',
  'minimum-living-allowance',
  'medical-insurance',
  'certificate-appointment',
  'home-visit',
  'appeals-feedback',
  'policy-consultation',
];
