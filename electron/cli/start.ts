import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { installedElectronBinary } from '../shell/electron-binary.ts';
import { buildIsStale } from './build-freshness.ts';

/**
 * `npm start`: the kiosk. Builds if needed, then launches Electron. Where no Electron binary is
 * installed it runs the browser kiosk instead: the backend, then Chromium in kiosk mode if present.
 * `npm run serve` (--browser-host-only) runs the backend alone.
 */
const root = resolve(import.meta.dirname, '../..');
const browserHostOnly = process.argv.includes('--browser-host-only');
const chromium = '/usr/bin/chromium';

if (buildIsStale(root)) {
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const electron = browserHostOnly ? undefined : installedElectronBinary(root);
if (electron) {
  console.log(`Starting the Electron kiosk (${electron}).`);
  const shell = spawn(electron, [root], { cwd: root, stdio: 'inherit' });
  shell.on('exit', (code) => process.exit(code ?? 0));
} else {
  startBrowserKiosk();
}

function startBrowserKiosk(): void {
  const host = process.env.KIOSK_HOST ?? '127.0.0.1';
  const port = process.env.KIOSK_PORT ?? '8080';
  const url = `http://${host}:${port}/`;
  const server = spawn(process.execPath, [resolve(root, 'dist/server/serve.js')], { cwd: root, stdio: 'inherit' });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
  if (browserHostOnly) return;

  if (!existsSync(chromium)) {
    console.log(`No Electron binary or Chromium here: the browser kiosk is at ${url}`);
    return;
  }
  console.log(`No Electron binary here: opening the browser kiosk in Chromium at ${url}`);
  void waitUntilReady(`${url}healthz`).then(() => {
    const browser = spawn(
      chromium,
      [`--kiosk`, `--app=${url}`, '--autoplay-policy=no-user-gesture-required', '--no-first-run', '--disable-background-networking', '--disable-component-update', `--user-data-dir=${resolve(root, '.kiosk-data/chromium')}`],
      { stdio: 'ignore' },
    );
    browser.on('exit', (code) => {
      // Closing the kiosk window ends the kiosk; a browser that could not open (no display) leaves it serving.
      if (code === 0) stop();
      else console.log(`Chromium could not open (exit ${code}); the browser kiosk is still at ${url}`);
    });
  });
}

async function waitUntilReady(healthUrl: string): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(healthUrl)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
}
