import type { IntlShape } from 'react-intl';
import type { OutboxItem, OutboxState } from '../../../common/outbox/outbox-item';
import type { DeclaredMessage } from '../../../common/i18n/phrase';
import { defineMessages } from '../i18n/define-messages';

/**
 * The names an outbox item is told by, instead of its ids: its account as set up in Settings, and
 * a QMob list as Outpost knows it (the list of that account with that QMob id). Undefined when
 * the account or list is no longer here; the words then say so (outbox-words), never the id.
 */
export interface OutboxNames {
  account(accountId: string): string | undefined;
  list(accountId: string, groupId: string): string | undefined;
}

const states = defineMessages<OutboxState>({
  queued: { id: 'outbox.state.queued', defaultMessage: 'Waiting to send' },
  sending: { id: 'outbox.state.sending', defaultMessage: 'Sending' },
  delivered: { id: 'outbox.state.delivered', defaultMessage: 'Delivered' },
  'retry-wait': { id: 'outbox.state.retryWait', defaultMessage: 'Will retry' },
  'needs-attention': { id: 'outbox.state.needsAttention', defaultMessage: 'Needs attention' },
  'import-started': { id: 'outbox.state.importStarted', defaultMessage: 'Import started' },
  replaced: { id: 'outbox.state.replaced', defaultMessage: 'Replaced by a correction' },
  discarded: { id: 'outbox.state.discarded', defaultMessage: 'Discarded' },
});

const kinds = defineMessages<OutboxItem['payload']['kind']>({
  'questionpro.create-response': { id: 'outbox.kind.response', defaultMessage: 'Response' },
  'questionpro.delete-response': { id: 'outbox.kind.deleteResponse', defaultMessage: 'Delete a corrected response' },
  'qmob.add-respondents': { id: 'outbox.kind.add', defaultMessage: 'Add respondents' },
  'qmob.copy-respondents': { id: 'outbox.kind.copy', defaultMessage: 'Copy respondents' },
  'qmob.remove-respondents': { id: 'outbox.kind.remove', defaultMessage: 'Remove respondents' },
});

const items = defineMessages({
  response: { id: 'outbox.item.responseTo', defaultMessage: 'Response to “{survey}”' },
  deleteResponse: {
    id: 'outbox.item.deleteCorrected',
    defaultMessage: 'Delete the corrected response to “{survey}” from QuestionPro',
  },
  add: {
    id: 'outbox.item.addTo',
    defaultMessage:
      '{count, plural, one {# respondent} other {# respondents}} to {known, select, yes {“{list}”} other {a list no longer in Outpost}}',
  },
  copy: {
    id: 'outbox.item.copyTo',
    defaultMessage:
      'Copy {count, plural, one {# respondent} other {# respondents}} to {known, select, yes {“{list}”} other {a list no longer in Outpost}}',
  },
  remove: {
    id: 'outbox.item.removeFrom',
    defaultMessage:
      'Remove {count, plural, one {# respondent} other {# respondents}} from {known, select, yes {“{list}”} other {a list no longer in Outpost}}',
  },
  update: {
    id: 'outbox.item.update',
    defaultMessage: 'Update {username} in {known, select, yes {“{list}”} other {a list no longer in Outpost}}',
  },
  list: {
    id: 'outbox.item.list',
    defaultMessage: 'List: {known, select, yes {“{list}”} other {a list no longer in Outpost}}',
  },
  accountGone: { id: 'outbox.item.accountGone', defaultMessage: 'an account no longer set up' },
  justNow: { id: 'outbox.age.justNow', defaultMessage: 'just now' },
});

export const stateLabel = (intl: IntlShape, state: OutboxState): string => intl.formatMessage(states[state]);

export const kindLabel = (intl: IntlShape, kind: OutboxItem['payload']['kind']): string =>
  intl.formatMessage(kinds[kind]);

/** The services' names: names, the same in every language. */
export const serviceLabels: Record<OutboxItem['service'], string> = { questionpro: 'QuestionPro', qmob: 'QMob' };

/** "3 min ago", "2 days ago": how long an item has been in the outbox, in the locale's words. */
export function ageOf(intl: IntlShape, createdAt: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - createdAt) / 1000));
  if (seconds < 60) return intl.formatMessage(items.justNow);
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return intl.formatRelativeTime(-minutes, 'minute', { style: 'short' });
  const hours = Math.round(minutes / 60);
  if (hours < 48) return intl.formatRelativeTime(-hours, 'hour', { style: 'short' });
  return intl.formatRelativeTime(-Math.round(hours / 24), 'day');
}

/** The list an item goes to, by its name as Outpost knows it; "a list no longer in Outpost" once it is deleted. */
function listValues(names: OutboxNames, item: OutboxItem, groupId: string): { known: 'yes' | 'no'; list: string } {
  const name = names.list(item.accountId, groupId);
  return name === undefined ? { known: 'no', list: '' } : { known: 'yes', list: name };
}

/** The QMob list a QMob item is about, by its Outpost name ("List: “Field respondents”"); undefined for a response. */
export function listInWords(intl: IntlShape, item: OutboxItem, names: OutboxNames): string | undefined {
  return 'listId' in item.payload
    ? intl.formatMessage(items.list, listValues(names, item, item.payload.listId))
    : undefined;
}

/**
 * A roster item queued before this version carries an English sentence as its label ("Field
 * respondents: add 3 respondents", "…: update amina.k"); one queued now carries only its list's name,
 * as a response's carries its survey's, and what it does is said from its payload (describeItem).
 * The old labels are read back here, at display time, rather than rewritten by a Dexie upgrade: the
 * label is sealed at rest (an upgrade runs before the data key is there), and a backup made before
 * restores the old labels again after any upgrade.
 */
const ENGLISH_ROSTER_LABEL = /^(.*): (?:(?:add|copy|remove) \d+ respondents?|(add|update) (.+))$/s;

const storedListName = (label: string): string => ENGLISH_ROSTER_LABEL.exec(label)?.[1] ?? label;

type AddPayload = Extract<OutboxItem['payload'], { kind: 'qmob.add-respondents' }>;

/**
 * The respondent an edit's follow-up updates: marked in its payload since it had one (`update`),
 * named in its English label before ("Field respondents: update amina.k", the payload's one respondent).
 */
function updatedUsername(label: string, payload: AddPayload): string | undefined {
  const [only, ...others] = payload.respondents;
  if (!only || others.length > 0) return undefined;
  if (payload.update) return only.username;
  const legacy = ENGLISH_ROSTER_LABEL.exec(label);
  return legacy?.[2] === 'update' && legacy[3] === only.username ? only.username : undefined;
}

/**
 * The item's title: the name of what it is about, in the survey's or the list's own words (a list as
 * Outpost knows it now; the name it had when queued once the list is gone). Never a sentence of its
 * own: what the item does is said in the interface's language by describeItem.
 */
export function itemTitle(item: OutboxItem, names: OutboxNames): string {
  const payload = item.payload;
  switch (payload.kind) {
    case 'questionpro.create-response':
    case 'questionpro.delete-response':
      return item.label;
    case 'qmob.add-respondents':
    case 'qmob.copy-respondents':
    case 'qmob.remove-respondents':
      return names.list(item.accountId, payload.listId) ?? storedListName(item.label);
  }
}

/** The item's account by its name; in words when it is no longer set up. */
export const accountName = (intl: IntlShape, names: OutboxNames, accountId: string): string =>
  names.account(accountId) ?? intl.formatMessage(items.accountGone);

/**
 * What an item is about before it is said: a declared message, its values, and which of those
 * values are names (a survey's, a list's, a QMob username), data that is never translated.
 */
export interface ItemSentence {
  readonly message: DeclaredMessage;
  readonly values: Readonly<Record<string, string | number>>;
  readonly names: readonly string[];
}

/**
 * What the item is about, by names and never by ids: "12 respondents to “Field respondents”",
 * "Update amina.k in “Field respondents”", "Response to “Household Water Access”". A response
 * item's label is its survey's name as it was when the response was finished (finalize,
 * corrections), so it needs no look-up.
 */
export function itemSentence(item: OutboxItem, names: OutboxNames): ItemSentence {
  const payload = item.payload;
  switch (payload.kind) {
    case 'questionpro.create-response':
      return { message: items.response, values: { survey: item.label }, names: ['survey'] };
    case 'questionpro.delete-response':
      return { message: items.deleteResponse, values: { survey: item.label }, names: ['survey'] };
    case 'qmob.add-respondents': {
      const list = listValues(names, item, payload.listId);
      const username = updatedUsername(item.label, payload);
      return username === undefined
        ? { message: items.add, values: { count: payload.respondents.length, ...list }, names: ['list'] }
        : { message: items.update, values: { username, ...list }, names: ['username', 'list'] };
    }
    case 'qmob.copy-respondents':
      return {
        message: items.copy,
        values: { count: payload.usernames.length, ...listValues(names, item, payload.listId) },
        names: ['list'],
      };
    case 'qmob.remove-respondents':
      return {
        message: items.remove,
        values: { count: payload.usernames.length, ...listValues(names, item, payload.listId) },
        names: ['list'],
      };
  }
}

/** The item's sentence as text (an aria label, a file): on screen, OutboxItemWords also marks its names. */
export function describeItem(intl: IntlShape, item: OutboxItem, names: OutboxNames): string {
  const { message, values } = itemSentence(item, names);
  return intl.formatMessage(message, values);
}
