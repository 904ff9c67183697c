import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { connect } from 'node:net';

/** Every server started here and not yet seen to exit: killed if the bench or the test run ends early. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export interface ServerProcess {
  pid: number;
  base: string;
  /** Polls /healthz every 10 ms until it answers 200. */
  healthy(timeoutMs: number): Promise<void>;
  /** Waits for a line of the kiosk's JSON log with one of these events, such as "voice.built"; returns it. */
  logged(events: readonly string[], timeoutMs: number): Promise<string>;
  /** SIGTERM, then SIGKILL if the process has not exited within 5 s. */
  stop(): Promise<void>;
}

/** Refuses to start on a port that answers already: a bench or a spec would use someone else's server. */
export async function assertPortFree(port: number): Promise<void> {
  const answered = await new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
  if (answered) throw new Error(`port ${port} is in use; stop whatever listens there (an earlier bench or test run?)`);
}

/** Starts `node <args>` with the kiosk's environment variables and the port given. */
export function spawnServer(args: readonly string[], { cwd, port, env }: { cwd: string; port: number; env: Record<string, string> }): ServerProcess {
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env, KIOSK_PORT: String(port), KIOSK_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  // 'close' comes after 'exit', once the output is read to its end.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  void closed.then(() => running.delete(child));
  const events = new Set<string>();
  const tail: string[] = [];
  let partial = '';
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
    const event = /"event":"([^"]+)"/.exec(line)?.[1];
    if (event) events.add(event);
  };
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) remember(line);
  });
  child.stderr.on('data', (chunk: Buffer) => remember(chunk.toString().trimEnd()));
  const base = `http://127.0.0.1:${port}`;

  /** Repeats `check` until it holds, the time is up, or the process has died. */
  const until = async (what: string, timeoutMs: number, pollMs: number, check: () => Promise<boolean> | boolean) => {
    const deadline = performance.now() + timeoutMs;
    while (!(await check())) {
      if (child.exitCode !== null || child.signalCode !== null) {
        await closed;
        throw new Error(`server exited before ${what}:\n${tail.join('\n')}`);
      }
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what} from ${args.join(' ')}:\n${tail.join('\n')}`);
      await new Promise((wait) => setTimeout(wait, pollMs));
    }
  };

  return {
    pid: child.pid ?? Number.NaN,
    base,
    healthy: (timeoutMs) =>
      until('/healthz', timeoutMs, 10, () =>
        fetch(`${base}/healthz`).then(
          (response) => response.ok,
          () => false,
        ),
      ),
    async logged(wanted, timeoutMs) {
      await until(wanted.join(' or '), timeoutMs, 100, () => wanted.some((event) => events.has(event)));
      return wanted.find((event) => events.has(event)) ?? '';
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await closed;
      clearTimeout(killer);
    },
  };
}
