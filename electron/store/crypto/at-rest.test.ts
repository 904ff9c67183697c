import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../../testing/temp-dir.ts';
import { loadOrCreateDataKey } from './data-key.ts';
import { decryptField, encryptField, fieldContext } from './field-encryption.ts';

const tempDir = useTempDir();

const resident = { name: '王秀英', id_number: '41010219460315123X', phone: '13812345678' };
const secrets = Object.values(resident).map((value) => Buffer.from(value, 'utf8'));

/** The database file as the disk holds it, with its write-ahead log and shared-memory index. */
function bytesOnDisk(file: string): Buffer[] {
  return ['', '-wal', '-shm'].filter((suffix) => existsSync(file + suffix)).map((suffix) => readFileSync(file + suffix));
}

function secretsFoundIn(files: Buffer[]): string[] {
  return secrets.filter((secret) => files.some((bytes) => bytes.includes(secret))).map((secret) => secret.toString('utf8'));
}

function openWal(file: string) {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE request (id INTEGER PRIMARY KEY, name TEXT NOT NULL, id_number TEXT NOT NULL, phone TEXT NOT NULL) STRICT');
  return db;
}

describe('personal data at rest', () => {
  test('the check finds a plain name, ID number and phone in the database and its log', () => {
    const file = join(tempDir(), 'plain.db');
    const db = openWal(file);
    db.prepare('INSERT INTO request (id, name, id_number, phone) VALUES (1, @name, @id_number, @phone)').run(resident);
    expect(secretsFoundIn(bytesOnDisk(file))).toEqual(Object.values(resident));
    db.close();
  });

  test('no name, ID number or phone appears in the database file or its write-ahead log', () => {
    const dir = tempDir();
    const file = join(dir, 'kiosk.db');
    const load = loadOrCreateDataKey(join(dir, 'data.key'));
    if (!load.ok) throw new Error(load.detail);
    const { key } = load;
    const db = openWal(file);
    const insert = db.prepare('INSERT INTO request (id, name, id_number, phone) VALUES (?, ?, ?, ?)');
    for (let id = 1; id <= 50; id += 1) {
      insert.run(id, ...(['name', 'id_number', 'phone'] as const).map((column) => encryptField(key, resident[column], fieldContext('request', column, id))));
    }

    expect(readFileSync(`${file}-wal`).length).toBeGreaterThan(0);
    expect(secretsFoundIn(bytesOnDisk(file))).toEqual([]);

    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(secretsFoundIn(bytesOnDisk(file))).toEqual([]);

    const row = db.prepare('SELECT name, id_number, phone FROM request WHERE id = 7').get() as Record<keyof typeof resident, string>;
    expect(decryptField(key, row.id_number, fieldContext('request', 'id_number', 7))).toEqual({ ok: true, plaintext: resident.id_number });
    db.close();
  });
});
