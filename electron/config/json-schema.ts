import { z } from 'zod';
import { KioskConfig } from './schema.ts';

/** The JSON Schema editors use for kiosk-config files, generated from the one zod schema. */
export function configJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(KioskConfig, { io: 'input' }), null, 2)}\n`;
}
