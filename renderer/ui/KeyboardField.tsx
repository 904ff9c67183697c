import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Keybinding } from '../a11y/keymap.ts';
import './KeyboardField.css';

export interface KeyboardFieldProps {
  label: string;
  hint: string;
  value: string;
  /** Free text gets several lines; a name one. */
  multiline: boolean;
  /** In characters; shown as a count while typing. */
  maxLength?: number;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * The answer box for the on-screen pinyin keyboard, first after any error so it stays in view beside
 * the keyboard at the largest text size. A physical keyboard, with the system's own pinyin input, types
 * into it too; inputMode="none" keeps the operating system's on-screen keyboard away (the kiosk never
 * depends on it). Delete clears it, as on the keypad.
 *
 * The name is an aria-label because the focus reader (describeControl) speaks a control's aria-label, and
 * a textarea's text content is its value: answers are never spoken on the loudspeaker (EN 301 549 5.1.3.9).
 */
export function KeyboardField({ label, hint, value, multiline, maxLength, error, onChange }: KeyboardFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const field = {
    id,
    className: 'keyboard-field__input',
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-hint ${id}-error` : `${id}-hint`,
    inputMode: 'none',
    autoComplete: 'off',
    autoCapitalize: 'off',
    spellCheck: false,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    onKeyDown: (event: { key: string; preventDefault: () => void }) => {
      if (event.key === Keybinding.CLEAR) {
        event.preventDefault();
        onChange('');
      }
    },
  } as const;
  return (
    <div className={error ? 'keyboard-field keyboard-field--error' : 'keyboard-field'}>
      {error && (
        <p id={`${id}-error`} className="keyboard-field__error">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('form.errorPrefix')}</span>
          {error}
        </p>
      )}
      {multiline ? <textarea {...field} rows={3} /> : <input {...field} type="text" />}
      <p id={`${id}-hint`} className="keyboard-field__hint">
        {hint}
      </p>
      {maxLength !== undefined && (
        <p className="keyboard-field__count">{t('keyboard.count', { count: [...value].length, total: maxLength })}</p>
      )}
    </div>
  );
}
