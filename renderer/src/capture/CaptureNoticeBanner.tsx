import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCaptureView, type CaptureNotice } from './view-state';

/**
 * The notice of what just happened (a response finished, a draft deleted), at the top of the
 * view the user lands on. It takes focus when asked to, so keyboard and screen-reader users
 * land on the confirmation rather than on the page; an undo is one Tab away.
 */
export function CaptureNoticeBanner() {
  const notice = useCaptureView((state) => state.notice);
  const notify = useCaptureView((state) => state.notify);
  const ref = useRef<HTMLDivElement>(null);
  const intl = useIntl();
  // An undo that failed says so until the next notice.
  const [failed, setFailed] = useState<{ notice: CaptureNotice; message: string } | null>(null);

  useEffect(() => {
    if (notice?.takesFocus) ref.current?.focus();
  }, [notice]);

  if (!notice) return null;
  const undo = notice.undo;
  const undoError = failed?.notice === notice ? failed.message : null;
  return (
    <div className="notice capture-notice" role="status" tabIndex={-1} ref={ref} data-testid="capture-notice">
      <span>{notice.text}</span>
      {undo ? (
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void undo.run().then(
              () => notify(null),
              (error: unknown) =>
                setFailed({
                  notice,
                  message: intl.formatMessage(
                    { id: 'capture.notice.undoFailed', defaultMessage: 'Could not undo: {reason}' },
                    { reason: error instanceof Error ? error.message : String(error) },
                  ),
                }),
            )
          }
        >
          {undo.label}
        </button>
      ) : null}
      <button
        type="button"
        className="secondary"
        aria-label={intl.formatMessage({ id: 'capture.notice.dismissLabel', defaultMessage: 'Dismiss this notice' })}
        onClick={() => notify(null)}
      >
        <FormattedMessage id="capture.notice.dismiss" defaultMessage="Dismiss" />
      </button>
      {undoError ? <span role="alert">{undoError}</span> : null}
    </div>
  );
}
