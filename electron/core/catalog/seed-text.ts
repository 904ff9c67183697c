import { z } from 'zod';

/**
 * A text read aloud and shown to residents. The id is stable, so voice clips and
 * recorded dialect prompts can be keyed to it (kiosk-config/voice/<lang>/<id>.ogg).
 * `{{name}}` placeholders take county figures from kiosk-config (countyFigures).
 */
export const SeedText = z.strictObject({
  id: z.string().regex(/^service\.[a-z0-9-]+(\.[a-zA-Z0-9-]+)+$/, 'a dotted id such as service.high-age-allowance.name'),
  'zh-CN': z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type SeedText = z.infer<typeof SeedText>;
