import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Keybinding } from '../a11y/keymap.ts';
import './KeypadField.css';

export interface KeypadFieldProps {
  label: string;
  hint: string;
  value: string;
  maxLength: number;
  /** Characters a physical keypad may type here. */
  allowed: RegExp;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * The answer box for the on-screen keypad. The box comes straight after its label and any error, so
 * at the largest text size it stays in view beside the keypad. A physical keypad types into it too (digits, X, Backspace;
 * Delete clears). inputMode="none" keeps the operating system's keyboard away.
 */
export function KeypadField({ label, hint, value, maxLength, allowed, error, onChange }: KeypadFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={error ? 'keypad-field keypad-field--error' : 'keypad-field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} className="keypad-field__error">
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">{t('form.errorPrefix')}</span>
          {error}
        </p>
      )}
      <input
        id={id}
        className="keypad-field__input"
        type="text"
        inputMode="none"
        autoComplete="off"
        spellCheck={false}
        value={value}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(event) => {
          const typed = event.target.value.toUpperCase();
          if ([...typed].every((character) => allowed.test(character))) onChange(typed.slice(0, maxLength));
        }}
        onKeyDown={(event) => {
          if (event.key === Keybinding.CLEAR) {
            event.preventDefault();
            onChange('');
          }
        }}
      />
      <p id={`${id}-hint`} className="keypad-field__hint">
        {hint}
      </p>
      <p className="keypad-field__count" aria-live="polite">
        {t('keypad.count', { count: value.length, total: maxLength })}
      </p>
    </div>
  );
}
