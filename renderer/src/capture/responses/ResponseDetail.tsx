import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { readableAnswers } from '../../../../common/capture';
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
    const survey = response ? await database.surveys.get(response.surveyKey) : undefined;
    return { response, item, survey };
  }, [responseId]);
  if (!data) return null;
  const { response, item, survey } = data;
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
        <FormattedMessage id="capture.response.answers" defaultMessage="Answers" />
      </h4>
      {survey ? (
        <dl className="facts response-answers" data-testid="detail-answers">
          {readableAnswers(survey.questions, response.answers).map(({ question, answer, notApplicable }, index) => (
            <div key={index}>
              <dt translate="no">
                <bdi>{question}</bdi>
              </dt>
              {notApplicable ? (
                <dd>
                  <FormattedMessage id="capture.response.notApplicable" defaultMessage="Not applicable" />
                </dd>
              ) : (
                <dd translate="no">
                  <bdi>{answer}</bdi>
                </dd>
              )}
            </div>
          ))}
        </dl>
      ) : (
        <p>
          <FormattedMessage
            id="capture.response.surveyGone"
            defaultMessage="The survey of this response is no longer on this laptop; its answers are in the payload below."
          />
        </p>
      )}
      {/* The raw payload and the ids are for support and experts, not for reading the response. */}
      <details className="technical">
        <summary>
          <FormattedMessage id="capture.response.technical" defaultMessage="As sent to QuestionPro (technical)" />
        </summary>
        <dl className="facts">
          <dt>
            <FormattedMessage id="capture.response.surveyId" defaultMessage="Survey ID" />
          </dt>
          <dd translate="no">{response.surveyId}</dd>
          <dt>
            <FormattedMessage id="capture.response.outboxItem" defaultMessage="Outbox item" />
          </dt>
          <dd translate="no">{response.outboxId}</dd>
        </dl>
        <pre
          className="payload"
          data-testid="detail-payload"
          tabIndex={0}
          translate="no"
          aria-label={intl.formatMessage({ id: 'capture.response.payload', defaultMessage: 'Payload' })}
        >
          {JSON.stringify(body, null, 2)}
        </pre>
      </details>
    </section>
  );
}
