import type { Handlers } from '../ipc/dispatcher';
import type { UpdateService } from '../updates/update-service';

export function createUpdateHandlers(
  updates: UpdateService,
): Pick<Handlers, 'updates.status' | 'updates.check' | 'updates.install' | 'app.activity'> {
  return {
    'updates.status': () => updates.current(),
    'updates.check': () => updates.check(),
    'updates.install': () => updates.install(),
    'app.activity': ({ draftOpen }) => {
      updates.setDraftOpen(draftOpen);
      return null;
    },
  };
}
