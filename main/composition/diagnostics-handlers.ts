import { readFile } from 'node:fs/promises';
import type { DiagnosticsService } from '../diagnostics/diagnostics-service';
import type { Handlers } from '../ipc/dispatcher';
import { defineMessages, said } from '../../common/i18n/phrase';
import { operationErrorSaying } from '../ipc/operation-error';

const words = defineMessages({
  noticesMissing: {
    id: 'about.notices.missing',
    defaultMessage: 'The licence notices are not part of this build of Outpost.',
  },
});

export function createDiagnosticsHandlers(
  diagnostics: DiagnosticsService,
  noticesFile: string | undefined,
): Pick<Handlers, 'diagnostics.save' | 'app.notices'> {
  return {
    'diagnostics.save': ({ outbox }) => diagnostics.bundle(outbox),
    'app.notices': async () => {
      const text = noticesFile ? await readFile(noticesFile, 'utf8').catch(() => undefined) : undefined;
      if (text === undefined) {
        throw operationErrorSaying('notices-missing', said(words.noticesMissing));
      }
      return { text };
    },
  };
}
