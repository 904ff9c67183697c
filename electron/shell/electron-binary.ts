import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The installed Electron binary, found by its files (node_modules/electron/path.txt and dist/),
 * never by resolving the module: since Electron 42, require('electron') downloads the binary,
 * which this machine's closed network forbids. Undefined when none is installed.
 */
export function installedElectronBinary(root: string): string | undefined {
  const packageDir = join(root, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return undefined;
  const binary = join(packageDir, 'dist', relative);
  return existsSync(binary) ? binary : undefined;
}
