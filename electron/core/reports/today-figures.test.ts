import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { submitApplication } from '../applications/submit.ts';
import { recordHelpCall } from '../assistance/help-calls.ts';
import { loadCatalogIntoStore } from '../catalog/catalog.ts';
import { callNext } from '../queue/calling.ts';
import { issueTicket } from '../queue/issue-ticket.ts';
import { QueueConfig } from '../queue/queue-config.ts';
import { residentIdCheckCharacter } from '../identity/resident-id.ts';
import { loadOrCreateDataKey } from '../../store/crypto/index.ts';
import { openStore } from '../../store/open.ts';
import { demoConfig, highAgeAllowanceAnswers, shippedSeeds } from '../../testing/kiosk-files.ts';
import { useTempDir } from '../../testing/temp-dir.ts';
import { todayFigures } from './today-figures.ts';

const tempDir = useTempDir();
const demoQueue = QueueConfig.parse(demoConfig().queue);
const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute);

function hall() {
  const dir = tempDir();
  const { db } = openStore(join(dir, 'kiosk.db'));
  // As at start-up: the catalog says which services are sealed, whose help calls keep no screen.
  loadCatalogIntoStore(db, shippedSeeds());
  const key = loadOrCreateDataKey(join(dir, 'keys', 'data.key'));
  if (!key.ok) throw new Error(key.detail);
  return { db, key: key.key };
}

/** A valid ID number of someone born on 1 January 1930: 96 on the day of the test. */
const bornIn1930 = `41010219300101123${residentIdCheckCharacter('41010219300101123')}`;

function seed(id: string) {
  const found = shippedSeeds().find((each) => each.id === id);
  if (!found) throw new Error(`no seed ${id}`);
  return found;
}

describe('todayFigures', () => {
  test('are zeros and nulls on a quiet day, with every business type and age band listed', () => {
    const { db } = hall();
    const figures = todayFigures(db, demoQueue.businessTypes, at(27, 9));
    expect(figures).toEqual({
      ticketsByType: demoQueue.businessTypes.map((type) => ({ letter: type.letter, name: type.name, count: 0 })),
      wait: { median: null, p90: null },
      servicesUsed: [],
      ageBands: ['under-60', '60-69', '70-79', '80-89', '90-plus'].map((band) => ({ band, count: 0 })),
      helpCallsByScreen: [],
    });
  });

  test("count today's tickets, waits, requests, age bands and help calls, and nothing from yesterday", () => {
    const { db, key } = hall();
    const issue = (letter: string, priority: boolean, now: Date) => issueTicket(db, { businessType: letter, priority }, { queue: demoQueue, windows: 1 }, now);
    const yesterday = at(26, 10);
    issue('A', false, yesterday);
    callNext(db, 'window-1', demoQueue.priority, yesterday);
    submitApplication(db, key, seed('high-age-allowance'), highAgeAllowanceAnswers, yesterday);
    recordHelpCall(db, { screen: 'home' }, 'available', yesterday);

    // Waits of 2, 4, 6, 8 and 30 minutes from issue to call.
    for (const [minute, letter, wait] of [[0, 'A', 2], [1, 'A', 4], [2, 'B', 6], [3, 'D', 8], [4, 'A', 30]] as const) {
      issue(letter, letter === 'D', at(27, 9, minute));
      callNext(db, `window-${minute}`, { normalCallsPerPriorityCall: 0, maxNormalWaitMinutes: 480 }, at(27, 9, minute + wait));
    }
    issue('C', false, at(27, 11));
    const highAge = seed('high-age-allowance');
    const submitted = [
      submitApplication(db, key, highAge, highAgeAllowanceAnswers, at(27, 10)),
      submitApplication(db, key, highAge, { ...highAgeAllowanceAnswers, idNumber: bornIn1930 }, at(27, 10, 5)),
      submitApplication(db, key, seed('appeals-feedback'), { category: 'policy', anonymous: true, appealText: '想问问医保怎么交', consent: true }, at(27, 10, 10)),
    ];
    expect(submitted.map((result) => result.ok)).toEqual([true, true, true]);
    recordHelpCall(db, { screen: 'form:high-age-allowance:idNumber' }, 'available', at(27, 10));
    recordHelpCall(db, { screen: 'form:high-age-allowance:idNumber' }, 'nobody', at(27, 12, 10));
    recordHelpCall(db, { screen: 'home' }, 'closed', at(27, 18));
    recordHelpCall(db, { screen: 'service:appeals-feedback' }, 'available', at(27, 10, 30));

    const figures = todayFigures(db, demoQueue.businessTypes, at(27, 18, 30));
    expect(figures.ticketsByType.map(({ letter, count }) => [letter, count])).toEqual([['A', 3], ['B', 1], ['C', 1], ['D', 1]]);
    expect(figures.wait).toEqual({ median: 6, p90: 21.2 });
    expect(figures.servicesUsed).toEqual([
      { serviceId: 'high-age-allowance', count: 2 },
      { serviceId: 'appeals-feedback', count: 1 },
    ]);
    expect(figures.ageBands.filter((band) => band.count > 0)).toEqual([
      { band: '80-89', count: 1 },
      { band: '90-plus', count: 1 },
    ]);
    expect(figures.helpCallsByScreen).toEqual([
      { screen: 'form:high-age-allowance:idNumber', count: 2 },
      { screen: null, count: 1 },
      { screen: 'home', count: 1 },
    ]);
  });
});
