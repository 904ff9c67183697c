/**
 * Switch scanning's timing rules (accessibility.md, Switches), free of the DOM so they can be tested
 * with a fake clock. The hook in useSwitchScanning.ts feeds it key events and performs its actions.
 */
export type ActiveScanMode = 'two-switch' | 'one-switch';

export interface ScanTiming {
  /** How long a press must be held to count. */
  acceptanceMs: number;
  /** Presses ignored just after one counts. */
  postAcceptanceMs: number;
  /** One-switch auto scanning: time on each control. */
  scanIntervalMs: number;
}

export interface ScanActions {
  /** Highlights the next control; true when it wrapped round to the first. */
  move: () => boolean;
  select: () => void;
  /** After 3 loops unanswered: rest on the first control until the next press. */
  pauseAtFirst: () => void;
}

export type SwitchRole = 'move' | 'select';

/** accessibility.md: after 3 loops without a press, auto scanning pauses on the first item. */
export const loopsBeforePause = 3;

export class ScanController {
  #mode: ActiveScanMode;
  readonly #timing: ScanTiming;
  readonly #actions: ScanActions;
  #ignoreUntil = Number.NEGATIVE_INFINITY;
  #pending = new Map<SwitchRole, ReturnType<typeof setTimeout>>();
  #autoTimer: ReturnType<typeof setInterval> | undefined;
  #unansweredLoops = 0;
  #paused = false;

  constructor(mode: ActiveScanMode, timing: ScanTiming, actions: ScanActions) {
    this.#mode = mode;
    this.#timing = timing;
    this.#actions = actions;
    if (mode === 'one-switch') this.#startAuto();
  }

  get paused(): boolean {
    return this.#paused;
  }

  /** A switch went down. Key repeat is the caller's to drop. */
  press(role: SwitchRole, now: number): void {
    if (now < this.#ignoreUntil || this.#pending.has(role)) return;
    if (this.#timing.acceptanceMs === 0) {
      this.#accept(role, now);
      return;
    }
    this.#pending.set(
      role,
      setTimeout(() => {
        this.#pending.delete(role);
        this.#accept(role, now + this.#timing.acceptanceMs);
      }, this.#timing.acceptanceMs),
    );
  }

  /** A switch came up: a press released before the acceptance time never counts. */
  release(role: SwitchRole): void {
    clearTimeout(this.#pending.get(role));
    this.#pending.delete(role);
  }

  stop(): void {
    for (const timer of this.#pending.values()) clearTimeout(timer);
    this.#pending.clear();
    clearInterval(this.#autoTimer);
  }

  #accept(role: SwitchRole, at: number): void {
    this.#ignoreUntil = at + this.#timing.postAcceptanceMs;
    if (this.#mode === 'one-switch') {
      // One switch: whichever key it sends, it selects; while paused, it restarts the scan.
      if (this.#paused) {
        this.#paused = false;
        this.#startAuto();
        return;
      }
      this.#unansweredLoops = 0;
      this.#actions.select();
      this.#startAuto();
      return;
    }
    if (role === 'move') this.#actions.move();
    else this.#actions.select();
  }

  #startAuto(): void {
    clearInterval(this.#autoTimer);
    this.#unansweredLoops = 0;
    this.#autoTimer = setInterval(() => {
      if (!this.#actions.move()) return;
      this.#unansweredLoops += 1;
      if (this.#unansweredLoops >= loopsBeforePause) {
        clearInterval(this.#autoTimer);
        this.#paused = true;
        this.#actions.pauseAtFirst();
      }
    }, this.#timing.scanIntervalMs);
  }
}

/** How long the move switch is held to start scanning from any screen. */
export const holdToStartMs = 2000;
