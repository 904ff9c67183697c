import type { Page } from '@playwright/test';

/** One text the page asked the backend to synthesise at run time (POST /api/audio/speak). */
export interface SpokenText {
  text: string;
  digitByDigit?: boolean;
  private?: boolean;
}

/** Records, from now on, every run-time text the page asks to have spoken. */
export function recordSpokenTexts(page: Page): SpokenText[] {
  const texts: SpokenText[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/audio/speak')) texts.push(request.postDataJSON() as SpokenText);
  });
  return texts;
}
