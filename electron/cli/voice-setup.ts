import { resolve } from 'node:path';
import { readSeedDirectory } from '../core/catalog/catalog.ts';
import type { ServiceSeed } from '../core/catalog/seed.ts';
import { checkConfigFile } from '../config/load.ts';
import type { KioskConfig } from '../config/schema.ts';
import type { HallVoice } from '../core/speech/index.ts';
import { hallVoice } from '../core/speech/index.ts';

export interface VoiceSetup {
  dataDir: string;
  voice: HallVoice;
}

/**
 * What the voice commands work on, found as the kiosk finds it: the data directory (KIOSK_DATA_DIR,
 * default .kiosk-data), the hall's config (KIOSK_CONFIG, default kiosk-config/default.json), every
 * interface string, and the seed texts of the services the hall has enabled.
 */
export function voiceSetup(): VoiceSetup {
  const root = resolve(import.meta.dirname, '../..');
  const dataDir = resolve(process.env.KIOSK_DATA_DIR ?? '.kiosk-data');
  const configFile = resolve(process.env.KIOSK_CONFIG ?? 'kiosk-config/default.json');
  const { seeds } = readSeedDirectory(resolve(root, 'seeds'));
  const config = hallConfig(configFile, resolve(root, 'kiosk-config/default.json'), seeds);
  return { dataDir, voice: hallVoice({ seeds, config, configFile }) };
}

/** The hall's config; a broken one is reported and the bundled default used, without touching the data directory. */
function hallConfig(configFile: string, bundledFile: string, seeds: readonly ServiceSeed[]): KioskConfig {
  const check = checkConfigFile(configFile, seeds);
  if (check.ok) return check.config;
  console.warn(`${configFile} has problems (npm run check-config -- ${configFile}); using ${bundledFile}`);
  const bundled = checkConfigFile(bundledFile, seeds);
  if (!bundled.ok) throw new Error(`bundled default config ${bundledFile} is invalid`);
  return bundled.config;
}
