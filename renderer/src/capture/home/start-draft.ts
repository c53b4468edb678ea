import type { LocalSurvey } from '../../../../common/capture';
import { database } from '../../db/database';
import { createDraft, setDraftPosition } from '../data/drafts';
import { readCaptureSettings } from '../data/settings';
import { readPosition } from '../device';

/**
 * A new draft on a survey version, in the interview language picked (null: the survey's
 * default); the position, when allowed, is added once the system has it.
 */
export async function startDraft(survey: LocalSurvey, languageID: number | null = null): Promise<string> {
  const settings = await readCaptureSettings(database);
  const draft = await createDraft(database, survey, Date.now(), null, languageID, {
    state: settings.shareLocation ? 'waiting' : 'off',
  });
  if (settings.shareLocation) {
    void readPosition().then(({ location, position }) => setDraftPosition(database, draft.id, location, position));
  }
  return draft.id;
}
