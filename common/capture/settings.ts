import { z } from 'zod';

/** Who captured, on which laptop: sent with every response as custom variables. */
export const captureSettingsSchema = z.strictObject({
  id: z.literal('capture'),
  enumeratorId: z.string().trim().max(100),
  deviceId: z.string().trim().max(100),
  /**
   * Sent as the response's `language` (QuestionPro uses names such as "English") only for a survey
   * that lists no languages; otherwise the draft's interview language is.
   */
  language: z.string().trim().min(1).max(50),
  /** Position is taken only when the field worker allows it here. */
  shareLocation: z.boolean(),
});
export type CaptureSettings = z.infer<typeof captureSettingsSchema>;

export const defaultCaptureSettings = (deviceId: string): CaptureSettings => ({
  id: 'capture',
  enumeratorId: '',
  deviceId,
  language: 'English',
  shareLocation: false,
});
