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
  ])('allows %s', async (_label, file, code) => {
    expect(await restrictedImportErrors(file, code)).toEqual([]);
  });
});
