import { useLiveQuery } from 'dexie-react-hooks';
import { FormattedMessage } from 'react-intl';
import { database } from '../../db/database';
import { stateLabels } from '../../outbox/outbox-words';
import { CorrectResponse } from './CorrectResponse';
import { PositionWords } from '../PositionStatus';

/** Exactly what will be, or was, sent: the outbox item's payload, and the server's response ID once delivered. */
export function ResponseDetail({ responseId }: { responseId: string }) {
  const data = useLiveQuery(async () => {
    const response = await database.responses.get(responseId);
    const item = response ? await database.outbox.get(response.outboxId) : undefined;
    return { response, item };
  }, [responseId]);
  if (!data) return null;
  const { response, item } = data;
  if (!response) return <p>This response is no longer here.</p>;
  const body = item?.payload.kind === 'questionpro.create-response' ? item.payload.body : response.body;
  return (
    <section className="response-detail" aria-label="Response detail">
      <h3>{response.surveyName}</h3>
      <dl className="facts">
        <dt>Finished</dt>
        <dd>{new Date(response.finalizedAt).toLocaleString()}</dd>
        <dt>State</dt>
        <dd data-testid="detail-state">{item ? stateLabels[item.state] : 'Not in the outbox'}</dd>
        <dt>Outbox item</dt>
        <dd>{response.outboxId}</dd>
        <dt>QuestionPro response ID</dt>
        <dd data-testid="detail-server-id">{item?.serverId ?? 'not delivered yet'}</dd>
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
      <h4>Sent to QuestionPro (survey {response.surveyId})</h4>
      <pre className="payload" data-testid="detail-payload" tabIndex={0} aria-label="Payload">
        {JSON.stringify(body, null, 2)}
      </pre>
    </section>
  );
}
