import { answerKey, textOf, type Answers } from './answers';
import { entriesOf } from './question-kinds';
import type { LocalQuestion } from './survey-model';

const MAX_LABEL = 80;

/**
 * Who a draft is about, from its contact answers: the names typed, else the phone or e-mail;
 * null while none is answered. Drafts are listed by it so that a field worker finds the
 * household to go back to.
 */
export function respondentLabelOf(questions: readonly LocalQuestion[], answers: Answers): string | null {
  const names: string[] = [];
  let reach: string | null = null;
  for (const question of questions) {
    const entries = entriesOf(question);
    question.contactFields.forEach((field, index) => {
      const entry = entries[index];
      const value = entry ? textOf(answers[answerKey(entry)]).trim() : '';
      if (value === '') return;
      if (field.field === 'firstName' || field.field === 'lastName') names.push(value);
      else if (reach === null && (field.field === 'phone' || field.field === 'email')) reach = value;
    });
  }
  const label = names.length > 0 ? names.join(' ') : reach;
  return label === null ? null : label.slice(0, MAX_LABEL);
}

/** What a draft is found by: its survey's name and who the respondent is. */
export function draftSearchTextOf(surveyName: string, questions: readonly LocalQuestion[], answers: Answers): string {
  return `${surveyName} ${respondentLabelOf(questions, answers) ?? ''}`.trim().toLowerCase();
}
