import type { SeedQuestion, SeedRow, SeedSurvey } from '../seed-data';

/**
 * How a Create Response `responseSet` entry maps onto the survey's question objects, by the
 * reference sheet (section c): a choice question is answered under its own questionID with its
 * answers' IDs; each matrix row under its `rowID` with that row's `columnID`s; each text box
 * under its row's `rowID` with the row's `columnID`; each contact field under the field's
 * `rowID`. Every reading the sheet leaves open is marked "fail-safe" and listed in README.md.
 */

export type TargetKind = 'one-choice' | 'many-choices' | 'rank' | 'text' | 'number' | 'slider' | 'texts';

export interface TargetAnswer {
  readonly answerText: string;
  /** Echoed as `value.scale`: the choice's position ("1" for "Always" in the seed); "" for typed answers. */
  readonly scale: string;
  readonly hasOther: boolean;
}

export interface ResponseTarget {
  /** The responseSet `questionID` this target is answered under. */
  readonly questionID: number;
  readonly kind: TargetKind;
  readonly questionCode: string;
  /** As in the seed: the question's text on the first entry of a split question, " " otherwise. */
  readonly questionDescription: string;
  readonly questionText: string;
  readonly answers: ReadonlyMap<number, TargetAnswer>;
  readonly range?: { readonly min: number; readonly max: number; readonly step: number };
}

const NO_DESCRIPTION = ' ';

/**
 * Fail-safe: the sheet's contact fields carry only `{rowID, text}`, so the answerIDs are the
 * ones create-response.html documents per field (100000001–100000004). Address has none
 * documented and is not accepted.
 */
export const CONTACT_FIELD_ANSWER_IDS = {
  firstName: { answerID: 100000001, answerText: 'FIRST_NAME' },
  lastName: { answerID: 100000002, answerText: 'LAST_NAME' },
  phone: { answerID: 100000003, answerText: 'PHONE' },
  email: { answerID: 100000004, answerText: 'EMAIL' },
} as const;
const contactFieldOrder = ['firstName', 'lastName', 'phone', 'email'] as const;

const choiceKinds: Readonly<Record<string, TargetKind>> = {
  multiplechoice_radio: 'one-choice',
  multiplechoice_dropdown: 'one-choice',
  // Fail-safe: a map question is answered like a radio question over its `answers[]` (the regions).
  multiplechoice_maps: 'one-choice',
  multiplechoice_checkbox: 'many-choices',
  rank_order_dropdown: 'rank',
  rank_order_drag_drop: 'rank',
};
const textKinds: Readonly<Record<string, TargetKind>> = {
  text_single_row: 'text',
  text_multiple_row: 'text',
  text_numeric: 'number',
};
const matrixKinds: Readonly<Record<string, TargetKind>> = {
  matrix_radio: 'one-choice',
  // Fail-safe: one dropdown per row over the row's columns, answered like a radio row.
  matrix_dropdown: 'one-choice',
  matrix_checkbox: 'many-choices',
  matrix_text: 'texts',
  matrix_slider: 'slider',
};

function columnsOf(row: SeedRow, typed: boolean): Map<number, TargetAnswer> {
  return new Map(
    row.columns.map((column, index) => [
      column.columnID,
      { answerText: column.text ?? '', scale: typed ? '' : String(index + 1), hasOther: false },
    ]),
  );
}

function rangeOf(question: SeedQuestion): ResponseTarget['range'] {
  if (question.minValue === undefined || question.maxValue === undefined) return undefined;
  return { min: question.minValue, max: question.maxValue, step: question.step ?? 1 };
}

function targetsOfQuestion(question: SeedQuestion): ResponseTarget[] {
  const whole = { questionCode: question.code, questionDescription: NO_DESCRIPTION, questionText: question.text };
  const choiceKind = choiceKinds[question.type];
  if (choiceKind) {
    const answers = new Map(
      (question.answers ?? []).map((answer) => [
        answer.answerID,
        {
          answerText: answer.text,
          scale: choiceKind === 'rank' ? '' : String(answer.orderNumber),
          hasOther: answer.hasOther ?? false,
        },
      ]),
    );
    return [{ questionID: question.questionID, kind: choiceKind, ...whole, answers }];
  }
  if (question.type === 'numeric_slider') {
    const range = rangeOf(question);
    // Fail-safe: the sheet's slider has no rows or answers, so it is answered under its own
    // questionID with answerID = questionID, the value in `value.text`.
    const answers = new Map([[question.questionID, { answerText: '', scale: '', hasOther: false }]]);
    return range ? [{ questionID: question.questionID, kind: 'slider', ...whole, answers, range }] : [];
  }
  const rows = question.rows ?? [];
  const split = (index: number, text: string) => ({
    questionCode: `${question.code}_${index + 1}`,
    questionDescription: index === 0 ? question.text : NO_DESCRIPTION,
    questionText: text,
  });
  const textKind = textKinds[question.type];
  if (textKind) {
    return rows.map((row, index) => ({
      questionID: row.rowID,
      kind: textKind,
      ...(rows.length === 1 ? whole : split(index, row.text)),
      answers: columnsOf(row, true),
    }));
  }
  const matrixKind = matrixKinds[question.type];
  if (matrixKind) {
    const typed = matrixKind === 'texts' || matrixKind === 'slider';
    const range = rangeOf(question);
    if (matrixKind === 'slider' && !range) return [];
    return rows.map((row, index) => ({
      questionID: row.rowID,
      kind: matrixKind,
      ...split(index, row.text),
      answers: columnsOf(row, typed),
      ...(matrixKind === 'slider' && range ? { range } : {}),
    }));
  }
  if (question.type === 'contact_information') {
    const present = contactFieldOrder.flatMap((name) => {
      const field = question[name];
      return field && field.rowID > 0 ? [{ name, field }] : [];
    });
    return present.map(({ name, field }, index) => {
      const fixed = CONTACT_FIELD_ANSWER_IDS[name];
      return {
        questionID: field.rowID,
        kind: 'text' as const,
        ...split(index, field.text),
        answers: new Map([[fixed.answerID, { answerText: fixed.answerText, scale: '', hasOther: false }]]),
      };
    });
  }
  // Presentation text, headings and types the sandbox does not know take no answer.
  return [];
}

/** Every target of a survey by responseSet questionID; a clash in the seed data is a bug, so it throws. */
export function responseTargetsOf(survey: SeedSurvey): ReadonlyMap<number, ResponseTarget> {
  const targets = new Map<number, ResponseTarget>();
  for (const question of survey.questions) {
    for (const target of targetsOfQuestion(question)) {
      if (targets.has(target.questionID)) {
        throw new Error(`seed survey ${survey.surveyID}: two answer targets share questionID ${target.questionID}`);
      }
      targets.set(target.questionID, target);
    }
  }
  return targets;
}
