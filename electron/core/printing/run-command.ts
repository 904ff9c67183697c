import { spawn } from 'node:child_process';
import { errorCode, errorMessage } from './printer.ts';

export type CommandResult = { ok: true } | { ok: false; reason: 'missing' | 'start' | 'timeout' | 'exit'; detail: string };

/**
 * Runs a program to its end, or kills it after `timeoutMs`: a hung Chromium or lp must not hold a staff
 * member's print button, or a resident's receipt, for ever. `input` goes to its standard input. Never
 * throws; what went wrong is the result.
 */
export function runCommand(path: string, args: readonly string[], timeoutMs: number, input?: string): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(path, args, { stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'] });
    const stderr: Buffer[] = [];
    const said = (): string => Buffer.concat(stderr).toString('utf8').trim().slice(-500);
    // Resolves without waiting for 'close', which a leftover child holding stderr open could delay.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, reason: 'timeout', detail: `${path} did not finish within ${timeoutMs} ms ${said()}`.trim() });
    }, timeoutMs);
    const finish = (result: CommandResult): void => {
      clearTimeout(timer);
      resolve(result);
    };
    child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error) =>
      finish(
        errorCode(error) === 'ENOENT'
          ? { ok: false, reason: 'missing', detail: `${path} is not installed` }
          : { ok: false, reason: 'start', detail: `${path} could not start: ${errorMessage(error)}` },
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) finish({ ok: true });
      else finish({ ok: false, reason: 'exit', detail: said() || `${path} exited with ${code ?? signal}` });
    });
    if (input !== undefined && child.stdin) {
      child.stdin.on('error', () => undefined); // a failed start is reported by 'error' and 'close'
      child.stdin.end(input, 'utf8');
    }
  });
}
