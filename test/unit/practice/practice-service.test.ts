import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountsService } from '../../../main/accounts/accounts-service';
import { ClientFactory } from '../../../main/accounts/client-factory';
import { HttpsTransport } from '../../../main/connectors/transport/https-transport';
import { MemoryLogger } from '../../../main/logging/logger';
import { PracticeService } from '../../../main/practice/practice-service';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store';
import { startPracticeServer } from '../../../sandbox/services/practice-server';

const folders: string[] = [];
const disposals: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const dispose of disposals.splice(0)) await dispose();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function practiceWorld() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'outpost-practice-'));
  folders.push(dataDir);
  const logger = new MemoryLogger();
  const accounts = new AccountsService({
    dataDir,
    secrets: new MemorySecretStore(),
    clients: new ClientFactory(new HttpsTransport({ appVersion: '0.1.0', logger })),
    logger,
  });
  let starts = 0;
  const practice = new PracticeService({
    accounts,
    startServer: () => {
      starts += 1;
      return startPracticeServer({ dataDir });
    },
    logger,
  });
  disposals.push(() => practice.dispose());
  return { practice, accounts, logger, starts: () => starts };
}

describe('PracticeService', () => {
  it('starts the server once; a second start only points the same two accounts again, and the log says which', async () => {
    const world = practiceWorld();
    const first = await world.practice.start();
    const second = await world.practice.start();

    expect(world.starts()).toBe(1);
    expect(second.questionPro.id).toBe(first.questionPro.id);
    expect(second.qmob.id).toBe(first.qmob.id);
    const listed = await world.accounts.list();
    expect(listed.ok && listed.value.filter((account) => account.practice)).toHaveLength(2);
    expect(world.logger.records.filter((record) => record.level === 'info').map((record) => record.message)).toEqual(
      expect.arrayContaining(['Practice sandbox started', 'Practice accounts pointed at the running sandbox']),
    );
    expect(world.logger.records.filter((record) => record.message === 'Practice sandbox started')).toHaveLength(1);
  });
});
