import { resolve } from 'node:path';
import { readSeedDirectory } from '../core/catalog/catalog.ts';
import { checkConfigFile } from '../config/load.ts';
import { configProblemText } from '../../renderer/i18n/config-problem-text.ts';
import { createKioskI18n } from '../../renderer/i18n/create.ts';

/**
 * `npm run check-config -- FILE [--lang en]`: validates a hall's config file with the same checks and
 * the same words as the staff status page. Exits 1 when there is a problem.
 */
const args = process.argv.slice(2);
const langIndex = args.indexOf('--lang');
const lang = langIndex >= 0 ? args.splice(langIndex, 2)[1] : undefined;
const file = args[0];
if (!file) {
  console.error('usage: npm run check-config -- FILE [--lang en]');
  process.exit(2);
}

const root = resolve(import.meta.dirname, '../..');
const i18n = createKioskI18n(lang ?? (process.env.LANG?.startsWith('en') ? 'en' : 'zh-CN'));
const t = i18n.t.bind(i18n);
const { seeds } = readSeedDirectory(resolve(root, 'seeds'));
const check = checkConfigFile(resolve(file), seeds);

if (check.ok) {
  console.log(`${file}: ${t('staff.status.allGood')}`);
} else {
  for (const problem of check.problems) {
    const text = configProblemText(t, problem);
    console.error(`${file} ${problem.path}\n  ${t('staff.config.whatIsWrong')}: ${text.problem}\n  ${t('staff.config.howToFix')}: ${text.fix}`);
  }
  process.exit(1);
}
