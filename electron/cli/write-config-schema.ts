import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configJsonSchema } from '../config/json-schema.ts';

/** `npm run config:schema`: writes kiosk-config/schema.json for editors; a unit test keeps it current. */
const target = resolve(import.meta.dirname, '../../kiosk-config/schema.json');
writeFileSync(target, configJsonSchema());
console.log(`wrote ${target}`);
