import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultCaptureSettings, type Answers } from '../../../common/capture';
import { outboxItemSchema } from '../../../common/outbox/outbox-item';
import { createResponseRequestSchema } from '../../../common/questionpro/create-response';
import { createBackup, restoreBackup } from '../../../renderer/src/capture/data/backup';
import { exportSurveyCsv } from '../../../renderer/src/capture/data/csv-export';
import { createDraft, saveDraft, withAnswers } from '../../../renderer/src/capture/data/drafts';
import { finalizeDraft } from '../../../renderer/src/capture/data/finalize';
import { readCaptureSettings } from '../../../renderer/src/capture/data/settings';
import { latestVersions, pruneUnusedVersions, saveSurveyVersion } from '../../../renderer/src/capture/data/surveys';
import { OutpostDatabase } from '../../../renderer/src/db/database';
import { must, seedSurvey, waterSurvey } from './support/surveys';

let db: OutpostDatabase;
let counter = 0;

beforeEach(async () => {
  counter += 1;
  db = new OutpostDatabase(`capture-test-${counter}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const settings = { ...defaultCaptureSettings('DEV-1'), enumeratorId: 'ENUM-1', shareLocation: true };
const complete: Answers = {
  '20000002': { choices: [200000021] },
  '20000003': { choices: [200000032] },
  '20000007': { text: '4' },
  '20000081': { choices: [200000812] },
  '20000101': { text: 'Amina' },
  '20000102': { text: '+254 700 000 001' },
};

async function draftWith(answers: Answers, at = 1_000_000) {
  const survey = waterSurvey();
  await saveSurveyVersion(db, survey);
  const draft = await createDraft(db, survey, at, { latitude: 1, longitude: 2 });
  const changed = withAnswers(withAnswers(draft, survey, {}, at + 1_000), survey, answers, at + 31_000);
  await saveDraft(db, changed);
  return { survey, draft: changed };
}

describe('drafts', () => {
  it('keep answers, progress and the first and last answer times', async () => {
    const { draft } = await draftWith(complete);
    const stored = must(await db.drafts.get(draft.id));
    expect(stored.answers).toEqual(complete);
    // Five questions answered of nine (a matrix and a contact form count once each: common/capture/progress).
    expect(stored).toMatchObject({ answered: 5, total: 9, firstAnswerAt: 1_001_000, lastAnswerAt: 1_031_000 });
  });

  it('a late save does not bring back a draft that is gone', async () => {
    const { draft } = await draftWith(complete);
    await db.drafts.delete(draft.id);
    await saveDraft(db, draft);
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('finalize', () => {
  it("turns a draft into a response and a queued outbox item in one step, both named by the draft's UUID", async () => {
    const { draft } = await draftWith(complete);
    const result = await finalizeDraft(db, {
      draftId: draft.id,
      settings,
      timeZone: 'Africa/Nairobi',
      now: Date.parse('2026-01-01T10:00:00Z'),
    });
    expect(result).toEqual({ ok: true, value: { responseId: draft.id, outboxId: draft.id } });
    expect(await db.drafts.count()).toBe(0);
    const item = must(await db.outbox.get(draft.id));
    expect(outboxItemSchema.safeParse(item).success).toBe(true);
    expect(item).toMatchObject({
      state: 'queued',
      accountId: 'acct-1',
      service: 'questionpro',
      label: 'Household Water Access',
    });
    if (item.payload.kind !== 'questionpro.create-response') throw new Error('wrong kind');
    expect(item.payload).toMatchObject({ surveyId: 7654322, responseId: draft.id });
    const body = item.payload.body;
    expect(createResponseRequestSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      timestamp: '01 Jan, 2026 01:00:00 PM GMT+3',
      timeTaken: 30,
      externalReference: draft.id,
      customVariables: { custom1: 'ENUM-1', custom2: 'DEV-1' },
      location: { latitude: 1, longitude: 2 },
      responseStatus: 'Completed',
    });
    const response = must(await db.responses.get(draft.id));
    expect(response.body).toEqual(body);
    expect(response.searchText).toContain('amina');
  });

  it('refuses incomplete answers and changes nothing', async () => {
    const { draft } = await draftWith({ '20000007': { text: 'lots' } });
    const result = await finalizeDraft(db, { draftId: draft.id, settings, timeZone: 'UTC', now: 5 });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.error.details).toEqual(['20000002', '20000003', '20000007']);
    expect(await db.drafts.count()).toBe(1);
    expect(await db.responses.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves the location out when sharing is off', async () => {
    const { draft } = await draftWith(complete);
    await finalizeDraft(db, {
      draftId: draft.id,
      settings: { ...settings, shareLocation: false },
      timeZone: 'UTC',
      now: 5,
    });
    expect(must(await db.responses.get(draft.id)).body.location).toBeUndefined();
  });

  it('cannot finalize the same draft twice', async () => {
    const { draft } = await draftWith(complete);
    await finalizeDraft(db, { draftId: draft.id, settings, timeZone: 'UTC', now: 5 });
    const again = await finalizeDraft(db, { draftId: draft.id, settings, timeZone: 'UTC', now: 6 });
    expect(again.ok ? null : again.error.code).toBe('draft-missing');
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('survey versions', () => {
  it('keeps the versions drafts use and the newest, and removes the rest', async () => {
    const old = waterSurvey();
    const used = { ...old, id: 'acct-1/7654322/2', fetchedAt: 2 };
    const unused = { ...old, id: 'acct-1/7654322/3', fetchedAt: 3 };
    const newest = { ...old, id: 'acct-1/7654322/4', fetchedAt: 4 };
    for (const version of [used, unused, newest]) await saveSurveyVersion(db, version);
    await createDraft(db, used, 1, null);
    expect(await pruneUnusedVersions(db, 'acct-1', 7654322)).toBe(1);
    expect((await db.surveys.toArray()).map((s) => s.fetchedAt).sort()).toEqual([2, 4]);
    expect(latestVersions(await db.surveys.toArray()).map((s) => s.fetchedAt)).toEqual([4]);
  });
});

describe('backup and restore', () => {
  it('restores everything into an empty database, and a second restore adds nothing', async () => {
    const { draft } = await draftWith(complete);
    await finalizeDraft(db, { draftId: draft.id, settings, timeZone: 'UTC', now: 5 });
    await draftWith({ '20000005': { text: 'Kibera' } });
    await saveSurveyVersion(db, seedSurvey());
    await readCaptureSettings(db);
    const text = JSON.stringify(await createBackup(db, 10));

    const target = new OutpostDatabase(`capture-restore-${counter}`);
    try {
      const first = await restoreBackup(target, text);
      expect(first).toMatchObject({ ok: true, value: { surveys: 2, drafts: 1, responses: 1, outbox: 1, settings: 1 } });
      const second = await restoreBackup(target, text);
      expect(second).toMatchObject({
        ok: true,
        value: { surveys: 0, drafts: 0, responses: 0, outbox: 0, settings: 0 },
      });
      expect(await target.responses.count()).toBe(1);
      expect(await target.outbox.count()).toBe(1);
    } finally {
      target.close();
      await target.delete();
    }
  });

  it('never rolls back an item that moved on since the backup', async () => {
    const { draft } = await draftWith(complete);
    const done = await finalizeDraft(db, { draftId: draft.id, settings, timeZone: 'UTC', now: 5 });
    const text = JSON.stringify(await createBackup(db, 10));
    const outboxId = done.ok ? done.value.outboxId : '';
    await db.outbox.update(outboxId, { state: 'delivered', serverId: '42' });
    await restoreBackup(db, text);
    expect(must(await db.outbox.get(outboxId))).toMatchObject({ state: 'delivered', serverId: '42' });
  });

  it('refuses a damaged file and changes nothing', async () => {
    const result = await restoreBackup(
      db,
      JSON.stringify({ format: 'outpost.backup', version: 1, createdAt: 1, tables: { surveys: [{}] } }),
    );
    expect(result.ok ? null : result.error.code).toBe('backup-invalid');
    expect(await db.surveys.count()).toBe(0);
    expect((await restoreBackup(db, 'nope')).ok).toBe(false);
  });
});

describe('CSV export', () => {
  it('exports one row per response with the outbox state', async () => {
    const { draft } = await draftWith({ ...complete, '20000005': { text: '=cmd' } });
    await finalizeDraft(db, { draftId: draft.id, settings, timeZone: 'UTC', now: 5 });
    const csv = await exportSurveyCsv(db, 'acct-1', 7654322);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('queued');
    expect(lines[1]).toContain("'=cmd");
    expect(lines[1]).toContain('Amina');
  });
});
