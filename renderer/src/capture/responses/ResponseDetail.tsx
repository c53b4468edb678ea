import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../../db/database';
import { stateLabel } from '../../outbox/outbox-words';
import { formatDateTime } from '../../i18n/format';
import { CorrectResponse } from './CorrectResponse';
import { PositionWords } from '../PositionStatus';

/** Exactly what will be, or was, sent: the outbox item's payload, and the server's response ID once delivered. */
export function ResponseDetail({ responseId }: { responseId: string }) {
  const intl = useIntl();
  const data = useLiveQuery(async () => {
    const response = await database.responses.get(responseId);
    const item = response ? await database.outbox.get(response.outboxId) : undefined;
    return { response, item };
  }, [responseId]);
  if (!data) return null;
  const { response, item } = data;
  if (!response)
    return (
      <p>
        <FormattedMessage id="capture.response.missing" defaultMessage="This response is no longer here." />
      </p>
    );
  const body = item?.payload.kind === 'questionpro.create-response' ? item.payload.body : response.body;
  return (
    <section
      className="response-detail"
      aria-label={intl.formatMessage({ id: 'capture.response.label', defaultMessage: 'Response detail' })}
    >
      <h3 translate="no">{response.surveyName}</h3>
      <dl className="facts">
        <dt>
          <FormattedMessage id="capture.response.finished" defaultMessage="Finished" />
        </dt>
        <dd>{formatDateTime(intl, response.finalizedAt)}</dd>
        <dt>
          <FormattedMessage id="capture.response.state" defaultMessage="State" />
        </dt>
        <dd data-testid="detail-state">
          {item ? (
            stateLabel(intl, item.state)
          ) : (
            <FormattedMessage id="capture.response.notInOutbox" defaultMessage="Not in the outbox" />
          )}
        </dd>
        <dt>
          <FormattedMessage id="capture.response.outboxItem" defaultMessage="Outbox item" />
        </dt>
        <dd translate="no">{response.outboxId}</dd>
        <dt>
          <FormattedMessage id="capture.response.serverId" defaultMessage="QuestionPro response ID" />
        </dt>
        <dd data-testid="detail-server-id">
          {item?.serverId ?? <FormattedMessage id="capture.response.notDelivered" defaultMessage="not delivered yet" />}
        </dd>
        <dt>
          <FormattedMessage id="capture.position.term" defaultMessage="Position" />
        </dt>
        <dd data-testid="detail-position">
          <PositionWords
            position={response.position}
            location={
              response.body.location?.latitude !== undefined && response.body.location.longitude !== undefined
                ? { latitude: response.body.location.latitude, longitude: response.body.location.longitude }
                : null
            }
          />
        </dd>
      </dl>
      <CorrectResponse response={response} />
      <h4>
        <FormattedMessage
          id="capture.response.sentTo"
          defaultMessage="Sent to QuestionPro (survey {survey})"
          values={{ survey: response.surveyId }}
        />
      </h4>
      <pre
        className="payload"
        data-testid="detail-payload"
        tabIndex={0}
        translate="no"
        aria-label={intl.formatMessage({ id: 'capture.response.payload', defaultMessage: 'Payload' })}
      >
        {JSON.stringify(body, null, 2)}
      </pre>
    </section>
  );
}
