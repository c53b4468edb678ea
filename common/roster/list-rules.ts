import { defineMessages, said } from '../i18n/phrase';
import { violation, type RuleViolation } from './rule-violation';

const words = defineMessages({
  previewListFull: {
    id: 'roster.rule.previewListFull',
    defaultMessage:
      'The list is a preview list, which holds at most {max, plural, one {# respondent} other {# respondents}}; {username} does not fit.',
  },
  usernameInOtherList: {
    id: 'roster.rule.usernameInOtherList',
    defaultMessage:
      'The username {username} already exists in {count, plural, one {list} other {lists}} {lists}; it is the same respondent, and this row’s details replace the stored ones.',
  },
  usernameInOtherListAction: {
    id: 'roster.rule.usernameInOtherList.action',
    defaultMessage: 'If this is a different person, give them another username.',
  },
  duplicateInFile: {
    id: 'roster.rule.duplicateInFile',
    defaultMessage: 'The username {username} already appears in row {row, number, ::group-off} of this file.',
  },
  duplicateInFileAction: {
    id: 'roster.rule.duplicateInFile.action',
    defaultMessage: 'Keep one row per respondent, or give this one another username.',
  },
  removalLeavesNoList: {
    id: 'roster.rule.removalLeavesNoList',
    defaultMessage:
      '{username} is in no other list; QMob keeps every respondent in at least one list and would refuse this removal.',
  },
});

/**
 * Rules about lists rather than single respondents: preview lists have a
 * maximum size, QMob keeps every respondent in at least one list, and a
 * username already used in another list is worth a second look.
 */

/** The maximum QMob enforces for preview lists unless the account says otherwise (the sandbox's configuration). */
export const DEFAULT_PREVIEW_LIST_MAX = 5;

/** How many more distinct respondents a list can take; Infinity for a regular list. */
export function remainingCapacity(
  list: { preview: boolean; previewMax: number | null },
  currentMembers: number,
): number {
  if (!list.preview) return Number.POSITIVE_INFINITY;
  return Math.max(0, (list.previewMax ?? DEFAULT_PREVIEW_LIST_MAX) - currentMembers);
}

export function previewListFull(row: number, column: string, username: string, maximum: number): RuleViolation {
  return violation({
    row,
    column,
    rule: 'preview-list-full',
    username,
    detail: String(maximum),
    message: said(words.previewListFull, { max: maximum, username }),
  });
}

export function usernameInOtherList(
  row: number,
  column: string,
  username: string,
  otherListNames: readonly string[],
): RuleViolation {
  return violation({
    row,
    column,
    rule: 'username-in-other-list',
    severity: 'warning',
    username,
    message: said(words.usernameInOtherList, {
      username,
      count: otherListNames.length,
      lists: { names: otherListNames },
    }),
    action: said(words.usernameInOtherListAction),
  });
}

export function duplicateInFile(row: number, column: string, username: string, firstRow: number): RuleViolation {
  return violation({
    row,
    column,
    rule: 'username-duplicate-in-file',
    username,
    message: said(words.duplicateInFile, { username, row: firstRow }),
    action: said(words.duplicateInFileAction),
  });
}

/**
 * Which of the usernames to remove from a list would end up in no list at all.
 * QMob refuses those ("could not be deleted from the list"), so Outpost warns first.
 * `listCountOf` gives how many lists (this one included) the respondent is in.
 */
export function removalsLeavingNoList(
  usernames: readonly string[],
  listCountOf: (username: string) => number,
): RuleViolation[] {
  return usernames
    .filter((username) => listCountOf(username) <= 1)
    .map((username) =>
      violation({
        row: 0,
        column: 'Lists',
        rule: 'removal-leaves-no-list',
        username,
        detail: username,
        message: said(words.removalLeavesNoList, { username }),
      }),
    );
}
