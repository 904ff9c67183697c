/**
 * Personal data at rest (architecture.md, Data; product.md, 9 Privacy): ID number, name, phone, address
 * and free text are each sealed with AES-256-GCM under one data key, bound to the table, column and row
 * they belong to. The key lives in an owner-only key file, optionally sealed by Electron safeStorage.
 */
export type { DataKey, DataKeyError, DataKeyLoad, DataKeyOptions, KeyWrapper } from './data-key.ts';
export { loadOrCreateDataKey, loadOrCreateKeyFile } from './data-key.ts';
export type { FieldOpenError, FieldOpening } from './field-encryption.ts';
export { decryptField, encryptField, fieldContext } from './field-encryption.ts';
export { idNumberIndex } from './blind-index.ts';
