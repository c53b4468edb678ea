import type { LocalQuestion } from './survey-model';

/**
 * QuestionPro sends contact information and matrices exploded, one question per field or
 * row ("Q2_1", "Q2_2", …). The form shows them together again: consecutive questions of
 * the same group type whose codes share the part before "_".
 */
export interface QuestionSet {
  title: string;
  type: string;
  questions: LocalQuestion[];
}

export type QuestionGroup =
  | { kind: 'single'; question: LocalQuestion }
  | ({ kind: 'contact' } & QuestionSet)
  | ({ kind: 'matrix' } & QuestionSet);

const groupKindOf = (type: string): 'contact' | 'matrix' | null =>
  type === 'contact_info' ? 'contact' : type === 'matrix_single' || type === 'matrix_multiple' ? 'matrix' : null;

const groupCodeOf = (code: string): string | null => {
  const match = /^(.+)_\d+$/.exec(code);
  return match?.[1] ?? null;
};

export function groupQuestions(questions: readonly LocalQuestion[]): QuestionGroup[] {
  const groups: QuestionGroup[] = [];
  let open: { code: string; group: Exclude<QuestionGroup, { kind: 'single' }> } | null = null;
  for (const question of questions) {
    const kind = groupKindOf(question.type);
    const code = groupCodeOf(question.code);
    if (kind && open && open.code === code && open.group.type === question.type) {
      open.group.questions.push(question);
      continue;
    }
    if (kind) {
      const title = question.description.trim() || (kind === 'contact' ? 'Contact information' : question.text);
      const group: Exclude<QuestionGroup, { kind: 'single' }> = {
        kind,
        title,
        type: question.type,
        questions: [question],
      };
      groups.push(group);
      open = { code: code ?? question.code, group };
    } else {
      groups.push({ kind: 'single', question });
      open = null;
    }
  }
  return groups;
}
