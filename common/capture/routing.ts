import { answerKey, choicesOf, isAnswered, type Answers } from './answers';
import { entriesOf } from './question-kinds';
import type { LocalQuestion, LocalSurvey, PathStep } from './survey-model';

/**
 * Which sections (blocks) an interview visits, offline, from the survey's logic graph: every
 * path is an ordered list of `{sectionId, answerId}`, where `answerId` is the answer given in
 * that section that leads on to the next step (0: unconditional). The route follows the paths
 * that agree with the answers so far. Without a logic graph every section is visited in order.
 */
export interface Route {
  /** Block IDs in the order visited. */
  readonly sections: readonly number[];
  /** True when the route reaches the end of a path; false while an answer still decides where it goes. */
  readonly complete: boolean;
}

const questionsIn = (survey: LocalSurvey, blockID: number): LocalQuestion[] =>
  survey.questions.filter((question) => question.blockID === blockID);

function pickedIn(survey: LocalSurvey, blockID: number, answers: Answers): Set<number> {
  const picked = new Set<number>();
  for (const question of questionsIn(survey, blockID)) {
    for (const entry of entriesOf(question)) for (const id of choicesOf(answers[answerKey(entry)])) picked.add(id);
  }
  return picked;
}

export function routeOf(survey: LocalSurvey, answers: Answers): Route {
  const graph = survey.logicGraph;
  if (!graph || graph.length === 0) return { sections: survey.blocks.map((block) => block.blockID), complete: true };
  const first = graph[0]?.[0]?.sectionId;
  if (first === undefined) return { sections: survey.blocks.map((block) => block.blockID), complete: true };
  const sections: number[] = [];
  let candidates: readonly (readonly PathStep[])[] = graph.filter((path) => path[0]?.sectionId === first);
  let current = first;
  const longest = Math.max(...graph.map((path) => path.length));
  for (let step = 0; step < longest; step += 1) {
    sections.push(current);
    const here = candidates.filter((path) => path[step]?.sectionId === current);
    const picked = pickedIn(survey, current, answers);
    // An answer that names a branch wins over an unconditional step; with several, the first path listed.
    const chosen = here.filter((path) => {
      const answerId = path[step]?.answerId ?? 0;
      return answerId !== 0 && picked.has(answerId);
    });
    const onward = chosen.length > 0 ? chosen : here.filter((path) => (path[step]?.answerId ?? 0) === 0);
    if (onward.length === 0) return { sections, complete: false };
    const continuing = onward.filter((path) => path.length > step + 1);
    const next = continuing[0]?.[step + 1]?.sectionId;
    if (next === undefined) return { sections, complete: true };
    candidates = continuing.filter((path) => path[step + 1]?.sectionId === next);
    current = next;
  }
  return { sections, complete: true };
}

/** The questions of the sections on the route, in survey order: what the response is built from. */
export function questionsOnRoute(survey: LocalSurvey, route: Route): LocalQuestion[] {
  const visited = new Set(route.sections);
  return survey.questions.filter((question) => visited.has(question.blockID));
}

/** Answers kept in the draft for sections the route no longer visits: they are not sent. */
export function answersOffRoute(survey: LocalSurvey, route: Route, answers: Answers): number {
  const visited = new Set(route.sections);
  let count = 0;
  for (const question of survey.questions) {
    if (visited.has(question.blockID)) continue;
    for (const entry of entriesOf(question)) if (isAnswered(answers[answerKey(entry)])) count += 1;
  }
  return count;
}
