import { expect, test } from 'vitest';
import { assertPortFree, spawnServer } from './server-process.ts';

/** The last of the bench's ports (8390–8399); the bench itself uses the first three. */
const port = 8399;
const oneLinePage = ['-e', "require('node:http').createServer((request, response) => response.end(request.url === '/healthz' ? 'ok' : '便民服务自助终端')).listen(Number(process.env.KIOSK_PORT), process.env.KIOSK_HOST);"];

test('starts a server, waits for /healthz, refuses its port to a second one, and stops it', async () => {
  await assertPortFree(port);
  const server = spawnServer(oneLinePage, { cwd: process.cwd(), port, env: {} });
  try {
    await server.healthy(10_000);
    expect(await (await fetch(`${server.base}/`)).text()).toContain('便民服务自助终端');
    await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is in use`);
  } finally {
    await server.stop();
  }
  await assertPortFree(port);
});

test('waits for a logged event, and gives up with the log when the server dies first', async () => {
  const logging = spawnServer(['-e', 'console.log(JSON.stringify({ event: "voice.built" })); setTimeout(() => {}, 5000);'], { cwd: process.cwd(), port, env: {} });
  try {
    expect(await logging.logged(['voice.failed', 'voice.built'], 5_000)).toBe('voice.built');
  } finally {
    await logging.stop();
  }
  const dying = spawnServer(['-e', 'console.error("no espeak-ng"); process.exit(3);'], { cwd: process.cwd(), port, env: {} });
  await expect(dying.healthy(5_000)).rejects.toThrow(/server exited before \/healthz:\nno espeak-ng/);
});
