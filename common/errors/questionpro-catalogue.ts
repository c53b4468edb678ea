import { questionProErrors, type QuestionProErrorRow } from '../questionpro/errors';
import { describeWith, type CatalogueEntry, type Described } from './catalogue-entry';
import { describeByStatus } from './status-defaults';

/**
 * The app's explanations of QuestionPro's errors, by id: derived from the one table in
 * common/questionpro/errors.ts, which also gives the sandbox its wire format. 1013 is two rows
 * there: a permission refusal (403) and the call limit (429), told apart by status.
 */
const entryOf = (row: QuestionProErrorRow, code = `questionpro.${row.id}`): CatalogueEntry => ({
  code,
  ...row.advice,
});

const { callLimitExceeded, ...byStatusAndId } = questionProErrors;

export const QUESTIONPRO_ERRORS: Readonly<Record<string, CatalogueEntry>> = Object.fromEntries(
  Object.values(byStatusAndId).map((row) => [row.id, entryOf(row)]),
);

/** 1013 is also what QuestionPro answers, with HTTP 429, past 300 calls a minute per key. */
export const QUESTIONPRO_RATE_LIMITED: CatalogueEntry = entryOf(callLimitExceeded, 'questionpro.1013-rate-limited');

export interface QuestionProErrorInput {
  readonly httpStatus?: number;
  readonly id?: string;
  readonly message?: string;
}

/** Maps a QuestionPro error (status + id) to the catalogue; unknown ids fall back by status. */
export function describeQuestionProError(input: QuestionProErrorInput): Described {
  if (input.httpStatus === 429) return describeWith(QUESTIONPRO_RATE_LIMITED);
  const known = input.id !== undefined ? QUESTIONPRO_ERRORS[input.id] : undefined;
  if (known) {
    // A documented id with a 5xx status is still worth retrying, whatever the id says.
    const described = describeWith(known);
    return input.httpStatus !== undefined && input.httpStatus >= 500 ? { ...described, retryable: true } : described;
  }
  return describeByStatus('questionpro', input.httpStatus);
}
