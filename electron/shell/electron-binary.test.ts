import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { useTempDir } from '../testing/temp-dir.ts';
import { installedElectronBinary } from './electron-binary.ts';

const tempDir = useTempDir();

function electronPackage(root: string, pathText?: string, binary?: string): void {
  const packageDir = join(root, 'node_modules/electron');
  mkdirSync(join(packageDir, 'dist'), { recursive: true });
  if (pathText !== undefined) writeFileSync(join(packageDir, 'path.txt'), pathText);
  if (binary) {
    writeFileSync(join(packageDir, 'dist', binary), '#!/bin/sh\n');
    chmodSync(join(packageDir, 'dist', binary), 0o755);
  }
}

describe('installedElectronBinary', () => {
  test('finds the binary named by path.txt inside dist/', () => {
    const root = tempDir();
    electronPackage(root, 'electron', 'electron');
    expect(installedElectronBinary(root)).toBe(join(root, 'node_modules/electron/dist/electron'));
  });

  test('says none when the package was installed but its binary never downloaded', () => {
    const root = tempDir();
    electronPackage(root);
    expect(installedElectronBinary(root)).toBeUndefined();
  });

  test('says none when path.txt names a file that is not there', () => {
    const root = tempDir();
    electronPackage(root, 'electron');
    expect(installedElectronBinary(root)).toBeUndefined();
  });

  test('says none when Electron is not installed at all', () => {
    expect(installedElectronBinary(tempDir())).toBeUndefined();
  });
});
