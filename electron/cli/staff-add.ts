import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readSeedDirectory } from '../core/catalog/catalog.ts';
import { StaffPin, hashPin } from '../core/staff/pin.ts';
import { findStaffByPin } from '../core/staff/sign-in.ts';
import { withStaffAdded } from '../core/staff/staff-changes.ts';
import { StaffMember } from '../core/staff/staff-config.ts';
import { checkConfigFile } from '../config/load.ts';
import type { ConfigProblem } from '../config/problems.ts';
import { writeConfigChange } from '../config/write.ts';

/**
 * `npm run staff:add -- --config FILE --name 王芳 [--role staff|admin] [--pin-stdin]`: adds a staff member
 * to a hall's config file with a scrypt hash of their PIN, never the PIN itself. The PIN is asked twice
 * without showing it, or read from the first line of stdin for scripts. The whole file is checked, as
 * at start-up, before it is written.
 */
const usage = 'usage: npm run staff:add -- --config FILE --name NAME [--role staff|admin] [--pin-stdin]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function printProblems(file: string, problems: readonly ConfigProblem[]): never {
  for (const problem of problems) console.error(`${file} ${problem.path}: ${problem.kind}`);
  fail(`The config file has problems; nothing was changed. See them in words with: npm run check-config -- ${file}
配置文件有问题，没有做任何修改。用 npm run check-config -- ${file} 查看详细说明。`);
}

/** Reads a line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolveAnswer, reject) => {
    let answer = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stdout.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolveAnswer(answer);
          return;
        }
        if (char === '\u0003') {
          finish();
          reject(new Error('cancelled / 已取消'));
          return;
        }
        answer = char === '\u007f' || char === '\b' ? answer.slice(0, -1) : answer + char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPin(fromStdin: boolean): Promise<string> {
  if (fromStdin) return readFileSync(0, 'utf8').split(/\r?\n/)[0]?.trim() ?? '';
  if (!process.stdin.isTTY) fail(`No terminal to ask for the PIN: pipe it in with --pin-stdin.\n没有可输入密码的终端：请用 --pin-stdin 从标准输入传入。\n${usage}`, 2);
  const pin = await askHidden('PIN (4–8 digits) / 密码（4–8 位数字）: ');
  const again = await askHidden('PIN again / 再输一次: ');
  if (pin !== again) fail('The two PINs differ; nothing was changed.\n两次输入的密码不一样，没有做任何修改。');
  return pin;
}

const { values } = parseArgs({
  options: {
    config: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string', default: 'staff' },
    'pin-stdin': { type: 'boolean', default: false },
  },
});
if (!values.config || !values.name) fail(usage, 2);
const name = StaffMember.shape.name.safeParse(values.name);
if (!name.success) fail(`The name must be 1 to 40 characters.\n姓名须为 1 到 40 个字。\n${usage}`, 2);
const role = StaffMember.shape.role.safeParse(values.role);
if (!role.success) fail(`The role must be staff or admin.\n角色只能是 staff（工作人员）或 admin（管理员）。\n${usage}`, 2);

const file = resolve(values.config);
const { seeds } = readSeedDirectory(resolve(import.meta.dirname, '../../seeds'));
const current = checkConfigFile(file, seeds);
if (!current.ok) printProblems(values.config, current.problems);

const pin = await readPin(values['pin-stdin']);
if (!StaffPin.safeParse(pin).success) fail('The PIN must be 4 to 8 digits; nothing was changed.\n密码须为 4 到 8 位数字，没有做任何修改。');
if (await findStaffByPin(current.config.staff, pin)) {
  fail('Someone on the staff already has this PIN: choose another.\n已有工作人员使用这个密码，请换一个。');
}

const added = withStaffAdded(current.config.staff, { name: name.data, role: role.data, pinHash: await hashPin(pin) });
const written = writeConfigChange({ requested: file }, seeds, { staff: added.staff });
if (!written.ok) printProblems(values.config, written.problems);
console.log(`Added ${name.data} (id ${added.id}, ${role.data}) to ${values.config}. Restart the kiosk to use it.
已将 ${name.data}（编号 ${added.id}，${role.data === 'admin' ? '管理员' : '工作人员'}）加入 ${values.config}。重启终端后生效。`);
