import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { captureSettingsSchema, type CaptureSettings } from '../../../common/capture';
import { database } from '../db/database';
import { readCaptureSettings } from './data/settings';

/** Live settings; undefined while loading or until the defaults (and the device ID) are created. */
export function useCaptureSettings(): CaptureSettings | undefined {
  // A live query must not write, so creating the defaults happens beside it.
  useEffect(() => {
    void readCaptureSettings(database);
  }, []);
  return useLiveQuery(async () => {
    const stored = captureSettingsSchema.safeParse(await database.settings.get('capture'));
    return stored.success ? stored.data : undefined;
  }, []);
}
