import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countyApiText } from '../core/sync/county-api.ts';

/** `npm run county:api`: writes docs/county-api.yaml from the kiosk's zod schemas; a unit test keeps it current. */
const target = resolve(import.meta.dirname, '../../docs/county-api.yaml');
writeFileSync(target, countyApiText());
console.log(`wrote ${target}`);
