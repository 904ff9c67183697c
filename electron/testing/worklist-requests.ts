import { join } from 'node:path';
import { submitApplication } from '../core/applications/submit.ts';
import { loadCatalogIntoStore } from '../core/catalog/catalog.ts';
import { openStore } from '../store/open.ts';
import { loadOrCreateDataKey } from '../store/crypto/index.ts';
import { highAgeAllowanceAnswers, shippedSeeds } from './kiosk-files.ts';

/** A family member's disability subsidy application: the agent's full name is on the worklist's detail only. */
export const disabilitySubsidyAnswers = {
  applicantRelation: 'family',
  idNumber: '410102194603151231',
  agentName: '李秀英',
  agentMobile: '13912345678',
  subsidyType: 'both',
  disabilityCategory: '1',
  disabilityLevel: '2',
  familyOnMinimumAllowance: false,
  paymentAccount: { kind: 'social-security-card', bank: '中国农业银行', account: '6228480012345678901' },
  contactMobile: '13812345678',
  consent: true,
};

/** An appeal from a named resident. */
export const appealAnswers = {
  category: 'staff-conduct',
  anonymous: false,
  appealText: '窗口中午无人值班',
  contactName: '赵建国',
  contactMobile: '13700001111',
  consent: true,
};

/** A hall's store with the shipped catalog and a data key, and a way to file requests at a given time. */
export function worklistHall(dir: string) {
  const { db } = openStore(join(dir, 'kiosk.db'));
  const loaded = loadOrCreateDataKey(join(dir, 'keys', 'data.key'));
  if (!loaded.ok) throw new Error(loaded.detail);
  const seeds = shippedSeeds();
  loadCatalogIntoStore(db, seeds);
  const seed = (id: string) => {
    const found = seeds.find((each) => each.id === id);
    if (!found) throw new Error(`no seed ${id}`);
    return found;
  };
  const file = (serviceId: string, answers: Record<string, unknown>, at: Date) => {
    const result = submitApplication(db, loaded.key, seed(serviceId), answers, at);
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.reference;
  };
  return { db, key: loaded.key, seeds, seed, file, highAgeAllowanceAnswers };
}
