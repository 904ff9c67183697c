import { expect, test } from 'vitest';
import { objectBytes } from './heap-snapshot.ts';

test("sums the objects' own sizes and leaves compiled code out", () => {
  const snapshot = {
    snapshot: { meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [['hidden', 'object', 'code', 'string'], 'string'] as [string[], string] } },
    // type, name, id, self_size, edge_count: an object (40), a string (24), compiled code (4096).
    nodes: [1, 0, 1, 40, 0, 3, 0, 3, 24, 0, 2, 0, 5, 4096, 0],
  };
  expect(objectBytes(snapshot)).toBe(64);
});
