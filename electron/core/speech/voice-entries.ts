import type { ServiceSeed } from '../catalog/seed.ts';
import type { LocaleId } from '../catalog/texts.ts';
import { localeIds, seedTexts } from '../catalog/texts.ts';
import type { VoiceEntry } from './build-clips.ts';

export type TranslationTree = { readonly [key: string]: string | TranslationTree };

export interface VoiceEntryList {
  /** Texts whose whole sentence is known ahead of time: each gets a prebuilt clip. */
  entries: VoiceEntry[];
  /**
   * Texts with a placeholder only known at run time ("切换到{{language}}"). They get no prebuilt clip:
   * the renderer fills them in and they are spoken with speakDynamic, cached after the first time.
   */
  onDemandOnly: VoiceEntry[];
}

const placeholder = /\{\{\s*([a-zA-Z0-9]+)\s*\}\}/g;

/** The locale files' strings under their dotted keys, as i18next finds them: `bar.repeat` → "重听". */
export function flattenTranslations(tree: TranslationTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : flattenTranslations(value, `${prefix}${key}.`),
  );
}

/**
 * The areas only the staff console shows (staff.json, worklist.json): it is read on a counter PC's
 * screen and never spoken, so the kiosk makes no clips of them.
 */
const consoleOnlyAreas: readonly string[] = ['staff', 'worklist'];

/** Whether an interface string's id ('worklist.heading') is in an area only the console shows. */
export function isConsoleOnly(id: string): boolean {
  return consoleOnlyAreas.includes(id.split('.')[0] ?? '');
}

/** Every interface string the kiosk or the board may say, in every language, from the i18next resources (renderer/i18n/resources.ts). */
export function interfaceVoiceEntries(resources: Readonly<Record<LocaleId, { translation: TranslationTree }>>): VoiceEntryList {
  const list: VoiceEntryList = { entries: [], onDemandOnly: [] };
  for (const locale of localeIds) {
    for (const [id, text] of flattenTranslations(resources[locale].translation)) {
      if (isConsoleOnly(id)) continue;
      (/\{\{|\$t\(/.test(text) ? list.onDemandOnly : list.entries).push({ locale, id, text });
    }
  }
  return list;
}

/**
 * Every seed text in every language, with the hall's county figures filled in as the renderer does,
 * so a clip's key covers the words actually shown. A text whose figure is not configured is on demand only.
 */
export function seedVoiceEntries(seeds: readonly ServiceSeed[], countyFigures: Readonly<Record<string, string | number>>): VoiceEntryList {
  const list: VoiceEntryList = { entries: [], onDemandOnly: [] };
  for (const seed of seeds) {
    for (const text of seedTexts(seed)) {
      for (const locale of localeIds) {
        const filled = fillCountyFigures(text[locale], countyFigures);
        if (filled === undefined) list.onDemandOnly.push({ locale, id: text.id, text: text[locale] });
        else list.entries.push({ locale, id: text.id, text: filled });
      }
    }
  }
  return list;
}

/** `{{priorityAge}}` → 80; undefined when a figure is missing. */
export function fillCountyFigures(text: string, countyFigures: Readonly<Record<string, string | number>>): string | undefined {
  let missing = false;
  const filled = text.replace(placeholder, (_, name: string) => {
    const figure = countyFigures[name];
    if (figure === undefined) missing = true;
    return String(figure ?? '');
  });
  return missing ? undefined : filled;
}

export function joinEntryLists(...lists: readonly VoiceEntryList[]): VoiceEntryList {
  return { entries: lists.flatMap((list) => list.entries), onDemandOnly: lists.flatMap((list) => list.onDemandOnly) };
}
