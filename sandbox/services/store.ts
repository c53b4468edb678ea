import type { SurveyResponse } from '../../common/questionpro/create-response';
import { qmobLists, qmobRespondents } from './seed-data';

export interface StoredRespondent {
  username: string;
  phonenumber: string;
  email: string;
  sampleFields: Record<string, string>;
}

/** A response removed by `DELETE /surveys/{id}/responses/{responseId}`: what a benchmark counts as repaired. */
export interface DeletedResponse {
  surveyID: number;
  responseID: number;
  externalReference: string;
}

export interface ImportRecord {
  id: string;
  listId: string;
  status: 'running' | 'ok' | 'error';
  message: string;
  callbackUrl: string | null;
}

/** Everything the sandbox keeps between requests; `reset` returns it to the seed data. */
export class SandboxStore {
  /** Keyed by responseID; insertion order is creation order. */
  readonly responses = new Map<number, SurveyResponse>();
  /** Responses deleted since the last reset, in deletion order. */
  readonly deletedResponses: DeletedResponse[] = [];
  readonly respondents = new Map<string, StoredRespondent>();
  /** listId -> usernames, in insertion order. */
  readonly listMembers = new Map<string, Set<string>>();
  readonly imports: ImportRecord[] = [];
  private nextResponseId = 0;

  constructor() {
    this.reset();
  }

  reset(): void {
    this.responses.clear();
    this.deletedResponses.length = 0;
    this.respondents.clear();
    this.listMembers.clear();
    this.imports.length = 0;
    // Distinct from every seed question/answer ID, so a mix-up shows in tests.
    this.nextResponseId = 90000001;
    for (const list of qmobLists) this.listMembers.set(list.id, new Set());
    for (const respondent of qmobRespondents) {
      this.respondents.set(respondent.username, {
        username: respondent.username,
        phonenumber: respondent.phonenumber,
        email: respondent.email,
        sampleFields: { ...respondent.sampleFields },
      });
      for (const listId of respondent.listIds) this.listMembers.get(listId)?.add(respondent.username);
    }
  }

  allocateResponseId(): number {
    return this.nextResponseId++;
  }

  listsOf(username: string): string[] {
    return [...this.listMembers].filter(([, members]) => members.has(username)).map(([listId]) => listId);
  }
}
