import { createSecretKey, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startCountyReceiver } from '../county/county-server.ts';

/**
 * `npm run county:dev`: the reference county receiver on this computer (docs/county-sync.md), for
 * trying sync out and for rehearsing an outage. It keeps what it receives in its own SQLite file.
 */
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8470' },
    dir: { type: 'string', default: '.county-data' },
    hall: { type: 'string', default: 'demo-hall' },
    'key-id': { type: 'string', default: 'demo-hall-key' },
  },
});

const dir = resolve(values.dir);
const keyId = values['key-id'];
const keyFile = join(dir, 'keys', `${keyId}.key`);
if (!existsSync(keyFile)) {
  mkdirSync(join(dir, 'keys'), { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
}
const key = createSecretKey(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'hex'));

const receiver = await startCountyReceiver({ dir, port: Number(values.port), keys: new Map([[keyId, { hallId: values.hall, key }]]), admin: true });
const syncBlock = { enabled: true, endpoint: receiver.url, hallId: values.hall, keyId, signingKey: { file: 'county.key' } };

console.log(`County receiver (reference implementation of docs/county-api.yaml) at ${receiver.url}
  database:        ${receiver.databaseFile}
  hall:            ${values.hall}
  shared key file: ${keyFile} (key id ${keyId})

To send a hall's requests here:
  1. Copy the key into the kiosk's data directory, readable only by the kiosk's user:
       install -m 600 "${keyFile}" .kiosk-data/county.key
  2. Add this to the hall's config file (KIOSK_CONFIG), then start the kiosk:
       "sync": ${JSON.stringify(syncBlock)}

Set a status, as a county officer would:
  curl -X POST ${receiver.url}/admin/status -H 'content-type: application/json' \\
    -d '{"hallId":"${values.hall}","reference":"KA-482913-5","status":"in-review","statusText":"县民政局正在审核"}'
Make the next requests fail (500, then 429 with Retry-After, then a hang):
  curl -X PUT ${receiver.url}/admin/faults -H 'content-type: application/json' \\
    -d '{"faults":[{"kind":"status","status":500},{"kind":"status","status":429,"retryAfter":"30"},{"kind":"hang"}]}'
See what arrived: curl ${receiver.url}/admin/received
Stop with Ctrl+C.`);

function stop(): void {
  void receiver.stop().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
