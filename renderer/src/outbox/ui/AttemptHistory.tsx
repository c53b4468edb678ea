import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import { defineMessages } from '../../i18n/define-messages';
import { errorInWords } from '../../i18n/error-words';
import { formatDateTime } from '../../i18n/format';
import { ServerWords } from '../../i18n/ServerWords';
import type { OutboxAttempt } from '../../../../common/outbox/outbox-item';

const outcomes = defineMessages<OutboxAttempt['outcome']>({
  delivered: { id: 'outbox.attempt.delivered', defaultMessage: 'Delivered' },
  adopted: {
    id: 'outbox.attempt.adopted',
    defaultMessage: 'Found on the server from an earlier attempt (not sent twice)',
  },
  failed: { id: 'outbox.attempt.failed', defaultMessage: 'Failed' },
  unknown: { id: 'outbox.attempt.unknown', defaultMessage: 'Outcome unknown (looked up before sending again)' },
  'import-started': { id: 'outbox.attempt.importStarted', defaultMessage: 'Import started' },
  verified: { id: 'outbox.attempt.verified', defaultMessage: 'Checked on the server later: held once' },
  repaired: {
    id: 'outbox.attempt.repaired',
    defaultMessage: 'Checked on the server later: a copy had arrived late and was removed',
  },
});

const words = defineMessages({
  removed: {
    id: 'outbox.attempt.removed',
    defaultMessage:
      'Removed {count, plural, one {# duplicate copy} other {# duplicate copies}} (response {responses}); the first response stays.',
  },
});

/** What the row says beyond its outcome: the error, or which copies a repair removed. */
function detailsOf(intl: IntlShape, attempt: OutboxAttempt): string {
  if (attempt.removed && attempt.removed.length > 0) {
    return intl.formatMessage(words.removed, {
      count: attempt.removed.length,
      responses: intl.formatList(attempt.removed.map(String)),
    });
  }
  return attempt.error ? errorInWords(intl, attempt.error).message : '';
}

/**
 * The server's words in a row, quoted and marked as the server's (ServerWords): its refusal, or its
 * words of acceptance. QMob's acceptance names the list by its QMob id ("Respondents copied to list
 * 1001"), so that row also names the list as Outpost knows it (`list`).
 */
function ServerWordsOf({ attempt, list }: { attempt: OutboxAttempt; list: string | undefined }) {
  if (attempt.error?.serverMessage)
    return (
      <ServerWords
        words={attempt.error.serverMessage}
        status={attempt.error.httpStatus}
        serverId={attempt.error.serverId}
      />
    );
  if (!attempt.serverMessage) return null;
  return (
    <>
      {list ? <p data-testid="attempt-list">{list}</p> : null}
      <ServerWords words={attempt.serverMessage} />
    </>
  );
}

/** `list`: the QMob list the item is about, in words (listInWords); absent for other items. */
export function AttemptHistory({ attempts, list }: { attempts: readonly OutboxAttempt[]; list?: string | undefined }) {
  const intl = useIntl();
  if (attempts.length === 0)
    return (
      <p>
        <FormattedMessage id="outbox.attempt.none" defaultMessage="No attempts yet." />
      </p>
    );
  return (
    <table className="attempts">
      <caption>
        <FormattedMessage id="outbox.attempt.caption" defaultMessage="Attempts" />
      </caption>
      <thead>
        <tr>
          <th scope="col">
            <FormattedMessage id="outbox.attempt.when" defaultMessage="When" />
          </th>
          <th scope="col">
            <FormattedMessage id="outbox.attempt.outcome" defaultMessage="Outcome" />
          </th>
          <th scope="col">
            <FormattedMessage id="outbox.attempt.details" defaultMessage="Details" />
          </th>
        </tr>
      </thead>
      <tbody>
        {attempts.map((attempt, index) => (
          <tr key={index}>
            <td>
              <time dateTime={new Date(attempt.at).toISOString()}>{formatDateTime(intl, attempt.at)}</time>
            </td>
            <td>{intl.formatMessage(outcomes[attempt.outcome])}</td>
            <td>
              {detailsOf(intl, attempt)}
              <ServerWordsOf attempt={attempt} list={list} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
