import { useEffect, useRef } from 'react';

/**
 * The two ways staff open staff mode at the kiosk, neither of which a resident meets by chance:
 * - Ctrl+Alt+S on a keyboard. The navigation keypad and switch interfaces send single keys only
 *   (accessibility.md, Keypad and switches), so they can never send this chord.
 * - Five taps within 3 s on the screen's top-left corner. No control is drawn there, so it adds no
 *   visible target and nothing for assistive technology to find.
 */
export const staffChord = { ctrlKey: true, altKey: true, code: 'KeyS' } as const;
const cornerPx = 96;
const tapsNeeded = 5;
const tapsWithinMs = 3_000;

export function useStaffEntry(onOpen: () => void): void {
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  });
  // Registered once: a listener re-added during a key's dispatch would miss that key.
  useEffect(() => {
    let taps: number[] = [];
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey !== staffChord.ctrlKey || event.altKey !== staffChord.altKey || event.code !== staffChord.code || event.repeat) return;
      event.preventDefault();
      open.current();
    };
    const onPointerDown = (event: PointerEvent) => {
      if (event.clientX > cornerPx || event.clientY > cornerPx) {
        taps = [];
        return;
      }
      taps = [...taps.filter((at) => event.timeStamp - at < tapsWithinMs), event.timeStamp];
      if (taps.length < tapsNeeded) return;
      taps = [];
      open.current();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('pointerdown', onPointerDown, { capture: true, passive: true });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pointerdown', onPointerDown, { capture: true });
    };
  }, []);
}
