import { useId } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { DraftRow } from '../../../../common/capture';

type Corrects = NonNullable<DraftRow['corrects']>;

/**
 * Above a correction's form: what saving will do, and for a response QuestionPro holds, the
 * choice to delete the old one there too (queued like any item, done once, after the correction
 * has arrived).
 */
export function CorrectionBanner({ corrects, onChange }: { corrects: Corrects; onChange(next: Corrects): void }) {
  const intl = useIntl();
  const id = useId();
  return (
    <div className="notice correction-banner" data-testid="correction-banner">
      {corrects.mode === 'replace' ? (
        <p>
          <FormattedMessage
            id="capture.correction.replace"
            defaultMessage="You are correcting a finished response that has not been sent yet. Saving replaces it in the outbox."
          />
        </p>
      ) : (
        <>
          <p>
            <FormattedMessage
              id="capture.correction.followUp"
              defaultMessage="QuestionPro already has the response you are correcting. Saving sends this as a new response linked to it; the old one stays on QuestionPro unless you also delete it there."
            />
          </p>
          <p className="field-inline">
            <input
              id={`${id}-delete-old`}
              type="checkbox"
              checked={corrects.deleteOld}
              onChange={(event) => onChange({ ...corrects, deleteOld: event.target.checked })}
            />
            <label htmlFor={`${id}-delete-old`}>
              {intl.formatMessage({
                id: 'capture.correction.deleteOld',
                defaultMessage: 'Also delete the old response on QuestionPro (once, after this correction has arrived)',
              })}
            </label>
          </p>
        </>
      )}
    </div>
  );
}
