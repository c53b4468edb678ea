import { captureSettingsSchema, defaultCaptureSettings, type CaptureSettings } from '../../../../common/capture';
import type { OutpostDatabase } from '../../db/database';

const newDeviceId = (): string => `DEV-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

/** The settings row, checked on the way out of storage; a missing or damaged one gets defaults (and a device ID). */
export async function readCaptureSettings(db: OutpostDatabase): Promise<CaptureSettings> {
  const stored = captureSettingsSchema.safeParse(await db.settings.get('capture'));
  if (stored.success) return stored.data;
  const fresh = defaultCaptureSettings(newDeviceId());
  await db.settings.put(fresh);
  return fresh;
}

export async function writeCaptureSettings(db: OutpostDatabase, settings: CaptureSettings): Promise<void> {
  await db.settings.put(captureSettingsSchema.parse(settings));
}
