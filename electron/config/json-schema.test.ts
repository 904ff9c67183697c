import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { repositoryRoot } from '../testing/kiosk-files.ts';
import { configJsonSchema } from './json-schema.ts';

test('kiosk-config/schema.json is generated from the zod schema (run `npm run config:schema`)', () => {
  expect(readFileSync(resolve(repositoryRoot, 'kiosk-config/schema.json'), 'utf8')).toBe(configJsonSchema());
});
