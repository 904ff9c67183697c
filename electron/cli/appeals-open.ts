import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { countyPrivateKey, envelopesIn, openAppeals } from '../core/appeals/open-appeals.ts';
import type { SealedEnvelope } from '../core/appeals/sealed-envelope.ts';

const help = `npm run appeals:open -- --key FILE [--db FILE] [--in FILE]

Opens residents' sealed appeals (群众诉求) with the county's private appeals key. For the county only:
hall staff never hold this key. 只供县里使用：大厅工作人员不持有这把私钥。

  --key FILE   the county's X25519 private key, PKCS#8 PEM (the demo key is docs/demo-county-appeals-key.pem:
               示例密钥，仅供演示; it is public, so never use it for real residents)
  --db FILE    the reference receiver's SQLite file (npm run county:dev); every received request with a
               sealed appeal is opened
  --in FILE    a JSON file: one envelope, a request as the county received it (with "sealed"), or a list

Prints one JSON object per appeal: {"reference", "serviceId", "content"}. Exits 1 when the key cannot be
read or any envelope does not open (wrong key, or the envelope was changed).

The envelope (docs/county-api.yaml, SealedEnvelope), all binary fields base64url:
  {
    "version": "village-kiosk-sealed-appeal-v1",
    "kem": "X25519", "kdf": "HKDF-SHA256", "aead": "AES-256-GCM",
    "ephemeralPublicKey": 32 raw bytes, the kiosk's one-time X25519 public key,
    "nonce": 12 bytes, "ciphertext": the sealed UTF-8 JSON of the answers, "tag": 16 bytes,
    "reference": "KA-482913-5", "serviceId": "appeals-feedback"
  }
  secret = X25519(county private key, ephemeralPublicKey)
  key    = HKDF-SHA256(secret, salt = ephemeralPublicKey || county public key (raw 32 bytes each),
                       info = version, 32 bytes)
  AES-256-GCM(key, nonce), additional data = version + "\\n" + reference + "\\n" + serviceId
`;

/** `npm run appeals:open`: see the help text above. */
const { values } = parseArgs({ options: { key: { type: 'string' }, db: { type: 'string' }, in: { type: 'string' }, help: { type: 'boolean' } } });
if (values.help) {
  console.log(help);
  process.exit(0);
}
if (!values.key || (!values.db && !values.in)) {
  console.error(`Give --key and at least one of --db and --in.\n\n${help}`);
  process.exit(2);
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let pem: string;
try {
  pem = readFileSync(values.key, 'utf8');
} catch {
  fail(`Cannot read the key file ${values.key}. 读不到私钥文件。`);
}
const key = countyPrivateKey(pem);
if (!key.ok) fail(`${values.key} is not a private key in PEM. 这不是 PEM 格式的私钥。`);

const envelopes: SealedEnvelope[] = [];
if (values.db) {
  const db = new Database(values.db, { readonly: true, fileMustExist: true });
  const bodies = db.prepare<[], { body: string }>('SELECT body FROM received_request ORDER BY rowid').all();
  db.close();
  for (const { body } of bodies) envelopes.push(...(envelopesIn(JSON.parse(body)) ?? []));
}
if (values.in) {
  const found = envelopesIn(JSON.parse(readFileSync(values.in, 'utf8')));
  if (!found) fail(`${values.in} holds no sealed appeal envelope (see --help for the format). 文件里没有密封的诉求。`);
  envelopes.push(...found);
}

const opened = openAppeals(key.key, envelopes);
for (const appeal of opened) {
  if (appeal.ok) console.log(JSON.stringify({ reference: appeal.reference, serviceId: appeal.serviceId, content: appeal.content }));
}
const failed = opened.filter((appeal) => !appeal.ok);
if (failed.length > 0) {
  fail(
    `${failed.length} of ${opened.length} appeals did not open (${failed.map((appeal) => appeal.reference).join(', ')}): the key is not the county appeals key they were sealed for, or an envelope was changed.\n${failed.length} 件诉求打不开：私钥不对，或者密封内容被改动过。`,
  );
}
console.error(`Opened ${opened.length} sealed appeals. 已打开 ${opened.length} 件密封诉求。`);
