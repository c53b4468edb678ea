import { FormattedMessage, useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { outboxStates } from '../../../../common/outbox/outbox-item';
import { database } from '../../db/database';
import { latestVersions } from '../data/surveys';
import { useCaptureView } from '../view-state';
import { DataTools } from './DataTools';
import { ResponseDetail } from './ResponseDetail';
import { ResponseRows } from './ResponseRows';
import { stateLabel } from '../../outbox/outbox-words';
import { sourceCount, useResponseSource, type ResponseFilter, type ResponseSource } from './use-response-ids';

/** A stable empty list while the first count is read (a new object each render would re-query forever). */
const NOTHING: ResponseSource = { kind: 'ids', ids: [] };

const isState = (value: string): value is ResponseFilter['state'] =>
  value === 'all' || (outboxStates as readonly string[]).includes(value);

/** Every finished response: searchable, filterable, and what exactly was sent for each. */
export function ResponsesView() {
  const intl = useIntl();
  const id = useId();
  const show = useCaptureView((state) => state.show);
  const [filter, setFilter] = useState<ResponseFilter>({ survey: '', state: 'all', search: '' });
  const [selected, setSelected] = useState<string | null>(null);
  const surveys = useLiveQuery(async () => latestVersions(await database.surveys.toArray()), []);
  const source = useResponseSource(filter);
  const chosen = surveys?.find((survey) => `${survey.accountId}/${survey.surveyId}` === filter.survey) ?? null;

  return (
    <div className="responses-view">
      <div className="toolbar">
        <button type="button" className="secondary" onClick={() => show({ name: 'home' })}>
          <FormattedMessage id="capture.responses.back" defaultMessage="← Surveys and drafts" />
        </button>
        <h2>
          <FormattedMessage id="capture.responses.heading" defaultMessage="Responses" />
        </h2>
        <span aria-live="polite" data-testid="response-count">
          {source ? (
            <FormattedMessage
              id="capture.responses.shown"
              defaultMessage="{count, number} shown"
              values={{ count: sourceCount(source) }}
            />
          ) : (
            <FormattedMessage id="common.counting" defaultMessage="Counting…" />
          )}
        </span>
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-search`}>
            <FormattedMessage id="capture.responses.search" defaultMessage="Search" />
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={filter.search}
            onChange={(event) => setFilter({ ...filter, search: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-survey`}>
            <FormattedMessage id="capture.responses.survey" defaultMessage="Survey" />
          </label>
          <select
            id={`${id}-survey`}
            value={filter.survey}
            onChange={(event) => setFilter({ ...filter, survey: event.target.value })}
          >
            <option value="">
              {intl.formatMessage({ id: 'capture.responses.allSurveys', defaultMessage: 'All surveys' })}
            </option>
            {surveys?.map((survey) => (
              <option key={survey.id} value={`${survey.accountId}/${survey.surveyId}`}>
                {survey.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-state`}>
            <FormattedMessage id="capture.response.state" defaultMessage="State" />
          </label>
          <select
            id={`${id}-state`}
            value={filter.state}
            onChange={(event) => isState(event.target.value) && setFilter({ ...filter, state: event.target.value })}
          >
            <option value="all">
              {intl.formatMessage({ id: 'capture.responses.anyState', defaultMessage: 'Any state' })}
            </option>
            {outboxStates.map((state) => (
              <option key={state} value={state}>
                {stateLabel(intl, state)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <DataTools
        survey={chosen ? { accountId: chosen.accountId, surveyId: chosen.surveyId, name: chosen.name } : null}
      />
      <div className="responses-split">
        {source && sourceCount(source) === 0 ? (
          <p className="hint">
            <FormattedMessage id="capture.responses.none" defaultMessage="No responses match." />
          </p>
        ) : (
          <ResponseRows source={source ?? NOTHING} selected={selected} onSelect={setSelected} />
        )}
        <div className="detail-pane">
          {selected ? (
            <ResponseDetail responseId={selected} />
          ) : (
            <p className="hint">
              <FormattedMessage
                id="capture.responses.pick"
                defaultMessage="Pick a response to see exactly what is sent."
              />
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
