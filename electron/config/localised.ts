import { z } from 'zod';

/** A short text in both kiosk languages. */
export const Localised = z.strictObject({ 'zh-CN': z.string().trim().min(1), en: z.string().trim().min(1) });
export type Localised = z.infer<typeof Localised>;
