import { said, type Said } from '../../../common/i18n/phrase';
import { defineMessages } from '../i18n/define-messages';
import type { Edited } from './operations/edit-respondent';

/**
 * What a list says an action on it did (ListView's message). Each is a sentence said where it is
 * shown, not text made when the action finished: the message stays on screen while the worker may
 * switch language.
 */
const words = defineMessages({
  queued: {
    id: 'roster.send.queued',
    defaultMessage:
      'Queued {respondents, plural, one {# respondent} other {# respondents}} for QMob in {batches, plural, one {# batch} other {# batches}}.',
  },
  copied: {
    id: 'roster.copy.done',
    defaultMessage: 'Copied {count, plural, one {# respondent} other {# respondents}} to {list}.',
  },
  removed: {
    id: 'roster.remove.done',
    defaultMessage:
      'Removed {count, plural, one {# respondent} other {# respondents}} from {list}.{kept, plural, =0 {} one { # kept: it is in no other list.} other { # kept: they are in no other list.}}',
  },
  added: {
    id: 'roster.add.done',
    defaultMessage: 'Added {username} to {list}. It goes to QMob with the next “Send to QMob”.',
  },
  saved: {
    id: 'roster.edit.saved',
    defaultMessage:
      'Saved {name}.{followed, plural, =0 {} one { # outbox item updated to match.} other { # outbox items updated to match.}}',
  },
});

export const queuedSentence = (respondents: number, batches: number): Said =>
  said(words.queued, { respondents, batches });

export const copiedSentence = (count: number, list: string): Said => said(words.copied, { count, list });

export const removedSentence = (count: number, list: string, kept: number): Said =>
  said(words.removed, { count, list, kept });

export const addedSentence = (username: string, list: string): Said => said(words.added, { username, list });

/** A respondent saved, and how many queued outbox items now carry the change. */
export const savedSentence = (name: string, edited: Edited): Said =>
  said(words.saved, { name, followed: edited.replacedItems + edited.newItems });
