/**
 * Outpost's first published IndexedDB schema, frozen as it shipped: upgrade
 * tests open a database of exactly this shape with the current code.
 */
export const FIRST_SCHEMA = {
  outbox: 'id, state, service, accountId, createdAt, nextAttemptAt, [state+createdAt]',
  surveys: 'id, accountId, surveyId, fetchedAt',
  drafts: 'id, surveyKey, updatedAt',
  responses: 'id, surveyKey, state, finalizedAt, outboxId',
  rosterLists: 'id, accountId, groupId',
  respondents: 'id, accountId, username, [accountId+username]',
  memberships: 'id, listId, respondentId, [listId+respondentId]',
  settings: 'id',
} as const;
