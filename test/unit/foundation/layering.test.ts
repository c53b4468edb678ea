import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImportErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}

describe('import boundaries', () => {
  it.each([
    ['common/ importing Node', 'common/x.ts', "import { readFile } from 'node:fs';\nexport const f = readFile;\n"],
    ['common/ importing Electron', 'common/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    [
      'common/ importing main/',
      'common/x.ts',
      "import { OperationError } from '../main/ipc/operation-error';\nexport const e = OperationError;\n",
    ],
    [
      'renderer/ importing main/',
      'renderer/src/x.ts',
      "import { OperationError } from '../../main/ipc/operation-error';\nexport const e = OperationError;\n",
    ],
    [
      'renderer/ importing Electron',
      'renderer/src/x.ts',
      "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n",
    ],
    ['renderer/ importing Node', 'renderer/src/x.ts', "import { join } from 'path';\nexport const j = join;\n"],
    [
      'main/ importing renderer/',
      'main/services/x.ts',
      "import { database } from '../../renderer/src/db/database';\nexport const d = database;\n",
    ],
    [
      'a main/ service importing Electron at run time',
      'main/services/x.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    ],
    [
      'the preload importing the zod schemas',
      'preload/x.ts',
      "import { operations } from '../common/contract';\nexport const o = operations;\n",
    ],
    [
      'main/ importing the test sandbox',
      'main/practice/x.ts',
      "import { startSandbox } from '../../sandbox/index';\nexport const s = startSandbox;\n",
    ],
    [
      'the Electron entry importing the test sandbox',
      'main/index.ts',
      "import { startSandbox } from '../sandbox';\nexport const s = startSandbox;\n",
    ],
    [
      'main/ importing fault injection',
      'main/practice/x.ts',
      "import { rollFault } from '../../sandbox/fault-roll';\nexport const r = rollFault;\n",
    ],
    [
      'main/ importing the sandbox admin API',
      'main/x.ts',
      "import { handleAdminRequest } from '../sandbox/admin';\nexport const h = handleAdminRequest;\n",
    ],
    [
      'main/ importing test support',
      'main/sync/x.ts',
      "import { SyncWorld } from '../../test/support/sync-world';\nexport const w = SyncWorld;\n",
    ],
    [
      'renderer/ importing test fixtures',
      'renderer/src/x.ts',
      "import { seeds } from '../../test/fixtures/seeds';\nexport const f = seeds;\n",
    ],
    [
      'common/ importing a benchmark',
      'common/x.ts',
      "import { run } from '../bench/sync.bench';\nexport const r = run;\n",
    ],
    [
      'the services Practice ships importing fault settings',
      'sandbox/services/x.ts',
      "import { defaultFaultSettings } from '../fault-settings';\nexport const f = defaultFaultSettings;\n",
    ],
    [
      'a QMob route Practice ships importing the fault roll',
      'sandbox/services/qmob/x.ts',
      "import { rollFault } from '../../fault-roll';\nexport const r = rollFault;\n",
    ],
  ])('refuses %s', async (_label, file, code) => {
    expect(await restrictedImportErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['common/ importing zod', 'common/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    [
      'main/electron/ importing Electron',
      'main/electron/x.ts',
      "import { app } from 'electron';\nexport const a = app;\n",
    ],
    [
      'a main/ service importing Electron types only',
      'main/shell/x.ts',
      "import type { App } from 'electron';\nexport type A = App;\n",
    ],
    [
      'the preload importing contract names',
      'preload/x.ts',
      "import { operationNames } from '../common/contract/names';\nexport const n = operationNames;\n",
    ],
    [
      'renderer/ importing common/',
      'renderer/src/x.ts',
      "import { operations } from '../../common/contract';\nexport const o = operations;\n",
    ],
    [
      'main/ importing the services Practice runs',
      'main/practice/x.ts',
      "import { startPracticeServer } from '../../sandbox/services/practice-server';\nexport const p = startPracticeServer;\n",
    ],
    [
      'the Electron entry importing the services Practice runs',
      'main/index.ts',
      "import { startPracticeServer } from '../sandbox/services/practice-server';\nexport const p = startPracticeServer;\n",
    ],
    [
      'the services Practice runs importing common/ and each other',
      'sandbox/services/qmob/x.ts',
      "import { qmobHttpErrors } from '../../../common/qmob/messages';\nimport { SandboxStore } from '../store';\nexport const q = [qmobHttpErrors, SandboxStore];\n",
    ],
    [
      'the test sandbox importing the services',
      'sandbox/x.ts',
      "import { ServiceWorld } from './services/world';\nexport const w = ServiceWorld;\n",
    ],
  ])('allows %s', async (_label, file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
