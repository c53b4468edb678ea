import { z } from 'zod';
import type { QmobRespondent } from '../../../common/qmob/schemas';

/** QMob answers every accepted request with HTTP 200 and this body, success or not. */
export const QmobStatusBodySchema = z.looseObject({
  status: z.string().transform((s) => s.toLowerCase()),
  message: z.string(),
  id: z.union([z.string(), z.number()]).transform(String).optional(),
});
export type QmobStatusBody = z.infer<typeof QmobStatusBodySchema>;

export interface AddRespondentsInput {
  /** The list (group) to add to. */
  readonly groupId: string;
  readonly respondents: readonly QmobRespondent[];
  /** Overwrite respondents that already exist: makes re-sending after an unknown outcome safe. */
  readonly overwrite: boolean;
  /** Let respondents set their own password. */
  readonly noPassword: boolean;
}

export interface ListMembershipInput {
  readonly groupId: string;
  readonly usernames: readonly string[];
}

export interface AddRespondentsAccepted {
  /** QMob's id for the asynchronous import; the final result arrives at callback_url. */
  readonly importId?: string;
  readonly message: string;
}

export interface ListMembershipDone {
  /** The list QMob says it changed, parsed from "Respondents copied to list X". */
  readonly listId?: string;
  readonly message: string;
}
