import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { guardPress } from '../a11y/press-guard.ts';

export interface CandidateRowProps {
  /** This page's characters. */
  shown: readonly string[];
  /** The pinyin typed and not yet made a character, syllable by syllable. */
  typed: readonly string[];
  showHint: boolean;
  morePages: boolean;
  onChoose: (character: string, slot: number) => void;
  onPage: (step: 1 | -1) => void;
}

/**
 * The characters for the pinyin typed, one row of seven, with the pinyin and 上一页/下一页 below them
 * (next to the letters the eye is on). Paging wraps round, so neither button ever disappears under a
 * finger or from under the focus.
 */
export function CandidateRow({ shown, typed, showHint, morePages, onChoose, onPage }: CandidateRowProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="candidate-row__characters">
        {shown.map((character, slot) => (
          // Keyed by place, so the focus stays on its key while the characters under it change.
          <Button key={slot} className="candidate-row__character" onPress={guardPress(() => onChoose(character, slot))}>
            {character}
          </Button>
        ))}
      </div>
      <div className="candidate-row__composition">
        {typed.length > 0 ? (
          <p className="candidate-row__typed">
            <span className="visually-hidden">{t('keyboard.typed')}</span>
            {/* A space between syllables shows how the letters will be read, and lets a long line break there. */}
            {typed.join(' ')}
          </p>
        ) : (
          <p className="candidate-row__typed candidate-row__typed--hint">{showHint && t('keyboard.typeHint')}</p>
        )}
        {morePages && (
          <>
            {/* Named apart from the screen's own 上一页/下一页, which page the question. */}
            <Button className="candidate-row__page" aria-label={`${t('keyboard.previousPage')}${t('keyboard.pageOf')}`} onPress={guardPress(() => onPage(-1))}>
              {t('keyboard.previousPage')}
            </Button>
            <Button className="candidate-row__page" aria-label={`${t('keyboard.nextPage')}${t('keyboard.pageOf')}`} onPress={guardPress(() => onPage(1))}>
              {t('keyboard.nextPage')}
            </Button>
          </>
        )}
      </div>
    </>
  );
}
