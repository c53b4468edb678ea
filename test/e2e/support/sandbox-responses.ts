/** A response as the sandbox's QuestionPro answers it, with what the specs read of it. */
export interface StoredResponse {
  responseID: number;
  externalReference: string;
  responseSet: { questionCode: string; answerValues: { answerText: string; value: { text: string } }[] }[];
}

/** What a response holds for one question (by its code): the text typed, or the chosen answers' labels. */
export const answerTexts = (response: StoredResponse | undefined, code: string): string[] =>
  (response?.responseSet ?? [])
    .filter((entry) => entry.questionCode === code)
    .flatMap((entry) => entry.answerValues.map((value) => value.value.text || value.answerText));
