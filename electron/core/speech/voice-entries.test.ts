import { describe, expect, test } from 'vitest';
import { resources } from '../../../renderer/i18n/resources.ts';
import { shippedSeeds } from '../../testing/kiosk-files.ts';
import { fillCountyFigures, flattenTranslations, interfaceVoiceEntries, isConsoleOnly, seedVoiceEntries } from './voice-entries.ts';

const figures = { priorityAge: 80, highAgeAllowanceStartAge: 80, homeVisitMinimumAge: 80, hotline: '12345' };

describe('voice entries', () => {
  test('flatten nested locale keys with dots, as i18next finds them', () => {
    expect(flattenTranslations({ bar: { repeat: '重听', deep: { key: 'x' } }, top: 'y' })).toEqual([
      ['bar.repeat', '重听'],
      ['bar.deep.key', 'x'],
      ['top', 'y'],
    ]);
  });

  test('cover every interface string in both languages; strings with placeholders are spoken on demand only', () => {
    const { entries, onDemandOnly } = interfaceVoiceEntries(resources);
    expect(entries).toContainEqual({ locale: 'zh-CN', id: 'bar.repeat', text: '重听' });
    expect(entries.some((entry) => entry.locale === 'en' && entry.id === 'bar.repeat')).toBe(true);
    expect(onDemandOnly.some((entry) => entry.id === 'language.switchTo')).toBe(true);
    for (const entry of entries) expect(entry.text).not.toMatch(/\{\{/);
    const count = (locale: string) => [...entries, ...onDemandOnly].filter((entry) => entry.locale === locale).length;
    const consoleOnly = (locale: 'zh-CN' | 'en') => flattenTranslations(resources[locale].translation).filter(([id]) => isConsoleOnly(id)).length;
    expect(count('zh-CN')).toBe(flattenTranslations(resources['zh-CN'].translation).length - consoleOnly('zh-CN'));
    expect(count('en')).toBe(flattenTranslations(resources.en.translation).length - consoleOnly('en'));
    // The console is read, never spoken.
    expect([...entries, ...onDemandOnly].some((entry) => entry.id.startsWith('staff.') || entry.id.startsWith('worklist.'))).toBe(false);
    expect(entries).toContainEqual({ locale: 'zh-CN', id: 'staffMode.pin.heading', text: resources['zh-CN'].translation.staffMode.pin.heading });
  });

  test("cover every seed text, with the hall's county figures filled in", () => {
    const { entries, onDemandOnly } = seedVoiceEntries(shippedSeeds(), figures);
    expect(onDemandOnly).toEqual([]);
    expect(entries).toContainEqual({ locale: 'zh-CN', id: 'service.queue-ticket.whoQualifies.2', text: '年满80周岁的老人和残疾人可以优先办理。' });
    for (const entry of entries) expect(entry.text).not.toMatch(/\{\{/);

    const { entries: withoutFigures, onDemandOnly: waiting } = seedVoiceEntries(shippedSeeds(), {});
    expect(waiting.some((entry) => entry.id === 'service.queue-ticket.whoQualifies.2')).toBe(true);
    expect(withoutFigures.length + waiting.length).toBe(entries.length);
  });

  test('fill figures the way i18next does, and report a missing one', () => {
    expect(fillCountyFigures('年满{{priorityAge}}周岁，热线{{ hotline }}', figures)).toBe('年满80周岁，热线12345');
    expect(fillCountyFigures('年满{{unknownFigure}}周岁', figures)).toBeUndefined();
  });
});
