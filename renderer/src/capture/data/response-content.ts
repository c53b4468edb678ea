import {
  answerKey,
  buildCreateResponseBody,
  cellsOf,
  choicesOf,
  defaultLanguageOf,
  entriesOfAll,
  languageById,
  otherOf,
  textOf,
  type CaptureSettings,
  type DraftRow,
  type LocalSurvey,
} from '../../../../common/capture';
import type { CreateResponseRequest } from '../../../../common/questionpro/create-response';

/** Lower-cased words a field worker would search by: typed text, picked answers, survey name. */
export function searchTextOf(survey: LocalSurvey, draft: Pick<DraftRow, 'id' | 'answers'>): string {
  const words: string[] = [survey.name, draft.id];
  for (const entry of entriesOfAll(survey.questions)) {
    const answer = draft.answers[answerKey(entry)];
    const typed = [textOf(answer), otherOf(answer), ...Object.values(cellsOf(answer))].filter(Boolean);
    words.push(...typed);
    if (entry.kind !== 'choices') continue;
    const picked = new Set(choicesOf(answer));
    for (const choice of entry.choices) if (picked.has(choice.answerID)) words.push(choice.text);
  }
  return words.join(' ').toLowerCase();
}

export interface BodyInput {
  settings: CaptureSettings;
  timeZone: string;
  now: number;
}

/** What is sent to QuestionPro for a draft, carrying `externalReference` (its outbox item's id). */
export function responseBodyOf(
  survey: LocalSurvey,
  draft: DraftRow,
  input: BodyInput,
  externalReference: string,
): CreateResponseRequest {
  return buildCreateResponseBody({
    survey,
    answers: draft.answers,
    capturedAt: input.now,
    timeZone: input.timeZone,
    firstAnswerAt: draft.firstAnswerAt,
    lastAnswerAt: draft.lastAnswerAt,
    location: input.settings.shareLocation ? draft.location : null,
    // The interview language by name, as QuestionPro's responses carry it; a survey that lists
    // no languages (an older copy) is sent in the language set in Settings.
    language: (languageById(survey, draft.languageID) ?? defaultLanguageOf(survey))?.name ?? input.settings.language,
    externalReference,
    enumeratorId: input.settings.enumeratorId,
    deviceId: input.settings.deviceId,
  });
}
