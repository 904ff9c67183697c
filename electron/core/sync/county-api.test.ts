import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { repositoryRoot } from '../../testing/kiosk-files.ts';
import { countyApiDocument, countyApiText } from './county-api.ts';

test('docs/county-api.yaml is generated from the zod schemas (run `npm run county:api`)', () => {
  expect(readFileSync(resolve(repositoryRoot, 'docs/county-api.yaml'), 'utf8')).toBe(countyApiText());
});

test('every schema the paths refer to is defined in the document', () => {
  const document = countyApiDocument();
  const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((match) => match[1]);
  expect(refs.length).toBeGreaterThan(5);
  for (const ref of refs) expect(Object.keys(document.components.schemas), ref).toContain(ref);
});
