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

/**
 * Version 5 as it shipped, the last schema before rows were sealed at rest
 * (version 6): the first schema, the responses' search words (version 2) and
 * the roster import's run and journal tables (version 5).
 */
export const SCHEMA_BEFORE_SEALING = {
  ...FIRST_SCHEMA,
  responses: 'id, surveyKey, state, finalizedAt, outboxId, *searchWords',
  memberships: 'id, listId, respondentId, [listId+respondentId], [listId+outboxId]',
  importRuns: 'id, listId',
  importJournal: 'id, runId',
} as const;

/**
 * Version 9 as it shipped, the last schema that sealed survey definitions (version 10 stores them in the
 * clear): version 5 and the drafts' blind index (version 9).
 */
export const SCHEMA_V9 = {
  ...SCHEMA_BEFORE_SEALING,
  drafts: 'id, surveyKey, updatedAt, *searchWords',
} as const;
