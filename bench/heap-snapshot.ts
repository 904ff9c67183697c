import type { CDPSession } from '@playwright/test';

/** The parts of a V8 heap snapshot (.heapsnapshot JSON) that sizing needs. */
interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

/**
 * Bytes held by the heap's objects, leaving out V8's compiled code. The JIT keeps compiling hot
 * functions (the kiosk's and the bench's) for hundreds of flows; that code grows the heap without
 * being a leak, so a leak shows more clearly without it.
 */
export function objectBytes(snapshot: HeapSnapshot): number {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeField = fields.indexOf('type');
  const sizeField = fields.indexOf('self_size');
  let bytes = 0;
  for (let node = 0; node < snapshot.nodes.length; node += fields.length) {
    if (types[snapshot.nodes[node + typeField] ?? -1] !== 'code') bytes += snapshot.nodes[node + sizeField] ?? 0;
  }
  return bytes;
}

/** A heap snapshot of the page after a forced garbage collection, streamed in over CDP. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<HeapSnapshot> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const collect = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
    await cdp.send('HeapProfiler.disable');
  }
  return JSON.parse(chunks.join('')) as HeapSnapshot;
}
