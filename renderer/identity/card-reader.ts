/**
 * Second-generation ID card readers (二代证读卡器). Reading the card is the first way in: many elders
 * cannot type. Every reader kind sits behind this interface; vendor-SDK readers plug in later through
 * the backend. A reading fills the number, and the name where the reader gives it.
 */
export interface IdCardReading {
  idNumber: string;
  name?: string;
}

export interface IdCardReader {
  /** Calls back for each card read, until the returned function is called. */
  subscribe: (onRead: (reading: IdCardReading) => void) => () => void;
}

/** A person types a key every 100 ms at best; a reader sends its whole number in a few milliseconds a key. */
export const wedgeMaxKeyGapMs = 35;

/**
 * The keyboard-wedge kind, the commonest: the reader "types" the 18-character number, then Enter.
 * Told apart from a resident's typing by speed; its Enter is kept from pressing the focused button.
 */
export function keyboardWedgeReader(target: Window = window, now: () => number = () => performance.now()): IdCardReader {
  return {
    subscribe(onRead) {
      let burst = '';
      let lastKeyAt = Number.NEGATIVE_INFINITY;
      const onKeyDown = (event: KeyboardEvent) => {
        const at = now();
        const fast = at - lastKeyAt <= wedgeMaxKeyGapMs;
        lastKeyAt = at;
        if (event.key === 'Enter') {
          if (fast && /^\d{17}[\dX]$/.test(burst)) {
            event.preventDefault();
            event.stopPropagation();
            onRead({ idNumber: burst });
          }
          burst = '';
          return;
        }
        if (!/^[0-9xX]$/.test(event.key)) {
          burst = '';
          return;
        }
        burst = (fast ? burst : '') + event.key.toUpperCase();
      };
      target.addEventListener('keydown', onKeyDown, { capture: true });
      return () => target.removeEventListener('keydown', onKeyDown, { capture: true });
    },
  };
}
