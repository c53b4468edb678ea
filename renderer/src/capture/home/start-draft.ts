import type { LocalSurvey } from '../../../../common/capture';
import { database } from '../../db/database';
import { createDraft, setDraftLocation } from '../data/drafts';
import { readCaptureSettings } from '../data/settings';
import { currentLocation } from '../device';

/**
 * A new draft on a survey version, in the interview language picked (null: the survey's
 * default); the position, when allowed, is added once the system has it.
 */
export async function startDraft(survey: LocalSurvey, languageID: number | null = null): Promise<string> {
  const draft = await createDraft(database, survey, Date.now(), null, languageID);
  const settings = await readCaptureSettings(database);
  if (settings.shareLocation) {
    void currentLocation().then((location) => (location ? setDraftLocation(database, draft.id, location) : undefined));
  }
  return draft.id;
}
