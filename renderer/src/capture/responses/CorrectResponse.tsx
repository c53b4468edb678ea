import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ResponseRow } from '../../../../common/capture';
import { database } from '../../db/database';
import { errorInWords } from '../../i18n/error-words';
import { formatDateTime } from '../../i18n/format';
import { stateLabel } from '../../outbox/outbox-words';
import { correctabilityOf, currentItemOf, startCorrection } from '../data/corrections';
import { useCaptureView } from '../view-state';

/**
 * How a finished response is corrected, said before the user starts: in place while it waits in
 * the outbox, as a new linked response once QuestionPro has it. The JSON editor in the Outbox
 * stays for experts; this is the way.
 */
export function CorrectResponse({ response }: { response: ResponseRow }) {
  const intl = useIntl();
  const show = useCaptureView((state) => state.show);
  const [problem, setProblem] = useState<string | null>(null);
  const links = useLiveQuery(async () => {
    const item = await currentItemOf(database, response);
    const newer = response.correctedBy ? await database.responses.get(response.correctedBy) : undefined;
    const older = response.corrects ? await database.responses.get(response.corrects) : undefined;
    const deletion = response.deleteOutboxId ? await database.outbox.get(response.deleteOutboxId) : undefined;
    return { item, newer, older, deletion };
  }, [response]);
  if (!links) return null;
  const can = correctabilityOf(response, links.item);

  const open = async (): Promise<void> => {
    setProblem(null);
    const started = await startCorrection(database, response.id, Date.now());
    if (started.ok) show({ name: 'form', draftId: started.value.draftId });
    else setProblem(errorInWords(intl, started.error).message);
  };

  return (
    <div className="correction" data-testid="correction">
      {links.older ? (
        <p data-testid="corrects-note">
          <FormattedMessage
            id="capture.correct.correctsOlder"
            defaultMessage="This response corrects one finished on {date}."
            values={{ date: formatDateTime(intl, links.older.finalizedAt) }}
          />
        </p>
      ) : null}
      {links.newer ? (
        <p data-testid="corrected-note">
          <FormattedMessage
            id="capture.correct.correctedBy"
            defaultMessage="A newer response, finished on {date}, corrects this one."
            values={{ date: formatDateTime(intl, links.newer.finalizedAt) }}
          />{' '}
          {links.deletion ? (
            <FormattedMessage
              id="capture.correct.deletionState"
              defaultMessage="Deleting it on QuestionPro: {state}."
              values={{ state: stateLabel(intl, links.deletion.state) }}
            />
          ) : (
            <FormattedMessage id="capture.correct.stays" defaultMessage="This one stays on QuestionPro." />
          )}
        </p>
      ) : null}
      {can.mode === 'replace' ? (
        <p className="hint">
          <FormattedMessage
            id="capture.correct.replaceHint"
            defaultMessage="Not sent yet: a correction replaces it in the outbox."
          />
        </p>
      ) : can.mode === 'follow-up' ? (
        <p className="hint">
          <FormattedMessage
            id="capture.correct.followUpHint"
            defaultMessage="QuestionPro has this response already: a correction is sent as a new response linked to it. The old one stays on QuestionPro unless you also ask to delete it there."
          />
        </p>
      ) : null}
      {can.mode === 'none' ? null : (
        <button type="button" onClick={() => void open()}>
          <FormattedMessage id="capture.correct.open" defaultMessage="Correct in the form" />
        </button>
      )}
      {problem ? (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
