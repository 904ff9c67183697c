import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionSettings } from '../a11y/session-settings.tsx';
import { pinyinCandidates, typedSyllables } from '../keyboard/candidates.ts';
import { firstMode, hasSpaceKey, markNames, modesFor, typingRows } from '../keyboard/layout.ts';
import type { AnswerKind, KeyboardMode } from '../keyboard/layout.ts';
import { appendWithin, candidatesPerPage, capitalNext, withoutLastCharacter } from '../keyboard/typing.ts';
import { CandidateRow } from './CandidateRow.tsx';
import { KeyboardKey } from './KeyboardKey.tsx';
import { KeyboardModeToggle } from './KeyboardModeToggle.tsx';
import { KeyRow } from './KeyRow.tsx';
import './PinyinKeyboard.css';

export interface PinyinKeyboardProps {
  kind: AnswerKind;
  value: string;
  /** In characters (short text); names are checked when the resident goes on. */
  maxLength?: number;
  onChange: (value: string) => void;
}

/** Enough for two long syllables (zhuangshuang); people pick one character at a time. */
const maxTyped = 12;

type Find = () => Element | null | undefined;

/**
 * The large on-screen keyboard for names and short text (issue #5): pinyin letters show candidate
 * characters, commonest first, picked one at a time. The kiosk never depends on the operating system's
 * keyboard. Every key is a react-aria Button, so touch, the keypad's Up/Down + Enter and switch scanning work.
 */
export function PinyinKeyboard({ kind, value, maxLength, onChange }: PinyinKeyboardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const scanning = useSessionSettings().settings.scanMode !== 'off';
  const [mode, setMode] = useState<KeyboardMode>(firstMode(language));
  const [typed, setTyped] = useState('');
  const [chosenPage, setPage] = useState(0);
  const [openRow, setOpenRow] = useState<string>();
  const keyboard = useRef<HTMLDivElement>(null);
  // Where focus goes once a change is drawn, so it never stays on a key that went away.
  const focusNext = useRef<Find>(undefined);
  useLayoutEffect(() => {
    const target = focusNext.current?.();
    focusNext.current = undefined;
    if (target instanceof HTMLElement) target.focus();
  });
  const first = (...selectors: string[]): Find => () => selectors.map((selector) => keyboard.current?.querySelector(selector)).find(Boolean);

  const candidates = mode === 'pinyin' ? pinyinCandidates(typed, { surnamesFirst: kind === 'name' && value === '' }) : { characters: [], letters: 0 };
  const pages = Math.ceil(candidates.characters.length / candidatesPerPage);
  // A name's first character typed on a physical keyboard ends the surnames-first list, and its pages.
  const page = Math.min(chosenPage, Math.max(0, pages - 1));
  const shown = candidates.characters.slice(page * candidatesPerPage, (page + 1) * candidatesPerPage);

  /** A key's work. Scanning then starts again at the first row, as row-column scanning does. */
  const press = (change: () => void, refocus?: Find) => {
    const hadFocus = keyboard.current?.contains(document.activeElement) ?? false;
    change();
    setOpenRow(undefined);
    if (scanning) focusNext.current = first('.key-row__choose');
    else if (hadFocus && refocus) focusNext.current = refocus;
  };
  const retype = (next: string) => {
    setTyped(next.slice(0, maxTyped));
    setPage(0);
  };
  const type = (text: string) => onChange(appendWithin(value, text, maxLength));
  const typeKey = (character: string) => {
    if (!/[a-z]/i.test(character)) type(character);
    else if (mode === 'pinyin') retype(typed + character);
    else type(capitalNext(value, kind) ? character.toUpperCase() : character.toLowerCase());
  };
  const choose = (character: string, slot: number) =>
    press(
      () => {
        type(character);
        retype(typed.slice(candidates.letters));
      },
      first(`.candidate-row__character:nth-child(${slot + 1})`, '.candidate-row__character', '.pinyin-keyboard__key'),
    );
  const turnPage = (step: 1 | -1) => {
    setPage((page + step + pages) % pages);
    focusNext.current = first('.candidate-row__character');
  };
  const openRowNamed = (id: string) => {
    setOpenRow(id);
    focusNext.current = first(`[data-row="${id}"] button:not([disabled])`);
  };

  const rowLabel = (n: number, keys: readonly string[]) => t('keyboard.row', { n, keys: keys.join(' ') });
  const markName = (mark: string) => (markNames[mark] ? t(`keyboard.marks.${markNames[mark]}`) : undefined);
  const rows = typingRows(kind, mode, language);
  const capital = mode === 'letters' && capitalNext(value, kind);
  const space = hasSpaceKey(kind, mode);
  const editingKeys = [t('keyboard.deleteOne'), ...(space ? [t('keyboard.space')] : []), t('keyboard.clear')];
  const modes = modesFor(kind);
  const modeNames = modes.map((each) => t(`keyboard.mode.${each}`));

  return (
    <div ref={keyboard} className="pinyin-keyboard" role="group" aria-label={t('keyboard.label')}>
      <KeyRow
        id="candidates"
        label={`${t('keyboard.candidates')}${t('voice.pause')}${shown.join(' ')}`}
        className="pinyin-keyboard__candidates"
        scanning={scanning && shown.length > 0}
        open={openRow === 'candidates'}
        onOpen={openRowNamed}
      >
        <CandidateRow shown={shown} typed={typed ? typedSyllables(typed) : []} showHint={mode === 'pinyin'} morePages={pages > 1} onChoose={choose} onPage={turnPage} />
      </KeyRow>
      {rows.map((keys, index) => (
        <KeyRow
          key={`${mode}-${index}`}
          id={`typing-${index}`}
          label={rowLabel(index + 1, [...keys])}
          className="pinyin-keyboard__typing"
          scanning={scanning}
          open={openRow === `typing-${index}`}
          onOpen={openRowNamed}
        >
          {/* Keyed by place, so the focus stays put when the letters turn to capitals. */}
          {[...keys].map((character, place) => (
            <KeyboardKey key={place} label={capital ? character.toUpperCase() : character} spokenName={markName(character)} onPress={() => press(() => typeKey(character))} />
          ))}
        </KeyRow>
      ))}
      <KeyRow id="editing" label={rowLabel(rows.length + 1, editingKeys)} className="pinyin-keyboard__editing" scanning={scanning} open={openRow === 'editing'} onOpen={openRowNamed}>
        <KeyboardKey label={t('keyboard.deleteOne')} wide onPress={() => press(() => (typed ? retype(typed.slice(0, -1)) : onChange(withoutLastCharacter(value))))} />
        {space && <KeyboardKey label={t('keyboard.space')} wide onPress={() => press(() => type(' '))} />}
        {/* Clears the pinyin first, so a slip never loses a whole written answer with it. */}
        <KeyboardKey label={t('keyboard.clear')} wide onPress={() => press(() => (typed ? retype('') : onChange('')))} />
      </KeyRow>
      <KeyRow id="modes" label={`${t('keyboard.modes')}${t('voice.pause')}${modeNames.join(' ')}`} className="pinyin-keyboard__modes" scanning={scanning} open={openRow === 'modes'} onOpen={openRowNamed}>
        {modes.map((each, index) => (
          <KeyboardModeToggle
            key={each}
            label={modeNames[index] ?? each}
            selected={mode === each}
            onPress={() =>
              press(() => {
                setMode(each);
                retype('');
              })
            }
          />
        ))}
      </KeyRow>
    </div>
  );
}
