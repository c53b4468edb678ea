import { qmobBasePath } from './qmob/routes';
import { QUESTIONPRO_BASE_PATH } from './questionpro/routes';
import { QMOB_PROJECT, QMOB_USER_NAME, SANDBOX_USER_ID, qmobLists } from './seed-data';
import type { ServiceCredentials } from './world';

/** How a client reaches the two services: what an account needs. */
export interface ServiceConnectionInfo {
  questionpro: { baseUrl: string; apiKey: string; userId: number };
  qmob: { baseUrl: string; userName: string; password: string; listIds: string[] };
}

export function serviceConnectionInfo(origin: string, credentials: ServiceCredentials): ServiceConnectionInfo {
  return {
    questionpro: {
      baseUrl: `${origin}${QUESTIONPRO_BASE_PATH}`,
      apiKey: credentials.apiKey,
      userId: SANDBOX_USER_ID,
    },
    qmob: {
      baseUrl: `${origin}${qmobBasePath(QMOB_PROJECT)}`,
      userName: QMOB_USER_NAME,
      password: credentials.qmobPassword,
      listIds: qmobLists.map((list) => list.id),
    },
  };
}
