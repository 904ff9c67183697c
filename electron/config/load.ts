import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { ServiceSeed } from '../core/catalog/seed.ts';
import { placeholdersIn, seedTexts } from '../core/catalog/texts.ts';
import type { ConfigProblem } from './problems.ts';
import { locateSyntaxError, problemsFromZod } from './problems.ts';
import { KioskConfig } from './schema.ts';
import { writePrivateFileSync } from '../store/private-files.ts';

export type ConfigCheck = { ok: true; config: KioskConfig } | { ok: false; problems: ConfigProblem[] };

/** Validates a config file's text against the schema and the service catalog. */
export function checkConfigText(text: string, seeds: readonly ServiceSeed[]): ConfigCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const where = locateSyntaxError(text);
    return { ok: false, problems: [{ kind: 'syntax', path: '(whole file)', ...where }] };
  }
  const parsed = KioskConfig.safeParse(data, { reportInput: true });
  // Check services against the catalog even when another part is broken, so staff see every problem at once.
  const raw = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const services = KioskConfig.shape.services.safeParse(raw.services);
  const figures = KioskConfig.shape.countyFigures.safeParse(raw.countyFigures);
  const appointments = KioskConfig.shape.appointments.safeParse(raw.appointments);
  const problems = [
    ...(parsed.success ? [] : problemsFromZod(parsed.error.issues)),
    ...(services.success ? crossCheckServices(services.data.enabled, figures.success ? figures.data : undefined, seeds) : []),
    ...(services.success && appointments.success ? crossCheckAppointments(services.data.enabled, appointments.data, seeds) : []),
  ];
  return parsed.success && problems.length === 0 ? { ok: true, config: parsed.data } : { ok: false, problems };
}

/** Every enabled service must exist in seeds/, and every county figure its texts use must be set. */
function crossCheckServices(
  enabled: readonly string[],
  countyFigures: KioskConfig['countyFigures'] | undefined,
  seeds: readonly ServiceSeed[],
): ConfigProblem[] {
  const byId = new Map(seeds.map((seed) => [seed.id, seed]));
  return enabled.flatMap((service, index): ConfigProblem[] => {
    const seed = byId.get(service);
    if (!seed) return [{ kind: 'unknownService', path: `services.enabled[${index}]`, service }];
    if (!countyFigures) return [];
    const used = new Set(seedTexts(seed).flatMap((text) => [...placeholdersIn(text['zh-CN']), ...placeholdersIn(text.en)]));
    return [...used]
      .filter((figure) => !(figure in countyFigures))
      .map((figure) => ({ kind: 'missingFigure', path: `countyFigures.${figure}`, figure, service }));
  });
}

/** An enabled service that books a time needs places in `appointments`, and places are only for services that exist. */
function crossCheckAppointments(enabled: readonly string[], appointments: KioskConfig['appointments'], seeds: readonly ServiceSeed[]): ConfigProblem[] {
  const booking = seeds.filter((seed) => enabled.includes(seed.id) && seed.form?.questions.some((question) => question.type === 'slot'));
  const known = new Set(seeds.map((seed) => seed.id));
  return [
    ...booking
      .filter((seed) => !appointments?.services[seed.id])
      .map((seed): ConfigProblem => ({ kind: 'missingCapacity', path: `appointments.services.${seed.id}`, service: seed.id })),
    ...Object.keys(appointments?.services ?? {})
      .filter((service) => !known.has(service))
      .map((service): ConfigProblem => ({ kind: 'unknownService', path: `appointments.services.${service}`, service })),
  ];
}

export function checkConfigFile(path: string, seeds: readonly ServiceSeed[]): ConfigCheck {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, problems: [{ kind: 'unreadable', path, reason: (error as NodeJS.ErrnoException).code ?? 'unknown' }] };
  }
  return checkConfigText(text, seeds);
}

export type ConfigSource = 'file' | 'last-good' | 'bundled-default';

export interface LoadedConfig {
  config: KioskConfig;
  source: ConfigSource;
  /** Problems in the requested file; empty when it was used. */
  problems: ConfigProblem[];
  requestedPath: string;
}

export interface ConfigPaths {
  /** The hall's file (KIOSK_CONFIG). */
  requested: string;
  /** A copy of the last file that passed, kept in the data directory. */
  lastGood: string;
  /** The demo hall shipped with the kiosk. */
  bundledDefault: string;
}

/**
 * product.md: a bad config never leaves the hall with a dead screen. Use the requested file
 * when it passes (and remember it as the last good one), else the last good one, else the bundled default.
 */
export function loadKioskConfig(paths: ConfigPaths, seeds: readonly ServiceSeed[]): LoadedConfig {
  const requested = checkConfigFile(paths.requested, seeds);
  if (requested.ok) {
    rememberLastGood(paths.requested, paths.lastGood);
    return { config: requested.config, source: 'file', problems: [], requestedPath: paths.requested };
  }
  const fallback = { problems: requested.problems, requestedPath: paths.requested };
  if (existsSync(paths.lastGood)) {
    const lastGood = checkConfigFile(paths.lastGood, seeds);
    if (lastGood.ok) return { config: lastGood.config, source: 'last-good', ...fallback };
  }
  const bundled = checkConfigFile(paths.bundledDefault, seeds);
  if (!bundled.ok) {
    // The shipped default is part of the build; if it fails, the build is broken.
    throw new Error(`bundled default config ${paths.bundledDefault} is invalid: ${JSON.stringify(bundled.problems)}`);
  }
  return { config: bundled.config, source: 'bundled-default', ...fallback };
}

function rememberLastGood(from: string, to: string): void {
  // Copy then rename, so a power cut never leaves a half-written last good config. Issue #16.5: it is in
  // the data folder and names the hall's staff, so it is owner-only whatever the hall's file is.
  const partial = `${to}.partial`;
  writePrivateFileSync(partial, readFileSync(from));
  renameSync(partial, to);
}
