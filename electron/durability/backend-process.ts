import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { repositoryRoot } from '../testing/kiosk-files.ts';

export interface BackendPaths {
  dataDir: string;
  configFile: string;
}

/** The real browser-host backend as a child process: killed with SIGKILL, it gets no chance to tidy up. */
export interface BackendProcess {
  /** Resolves with the base URL when the backend logs server.ready; rejects if it dies first. */
  ready: Promise<string>;
  /** Sends SIGKILL and resolves when the process is gone. */
  kill(): Promise<void>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  child: ChildProcess;
}

/**
 * Runs electron/server/serve.ts under Node with tsx's loader, in this process's Node, so the test
 * needs no build. Node itself is the child (not a tsx wrapper), so SIGKILL reaches the server.
 */
export function spawnBackend({ dataDir, configFile }: BackendPaths): BackendProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/server/serve.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, KIOSK_PORT: '0', KIOSK_HOST: '127.0.0.1', KIOSK_DATA_DIR: dataDir, KIOSK_CONFIG: configFile, KIOSK_VOICE_PREBUILD: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let output = '';
  const ready = new Promise<string>((resolveReady, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((each) => each.includes('"server.ready"'));
      if (line) resolveReady((JSON.parse(line) as { url: string }).url.replace(/\/$/, ''));
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(() => reject(new Error(`the backend exited before it was ready:\n${output.slice(-2000)}`)));
  });
  // A test that kills the backend during start-up never looks at `ready`.
  ready.catch(() => undefined);
  return {
    ready,
    child,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
