import type { AppError } from '../../../common/result';
import { useErrorInWords } from '../i18n/error-words';

/**
 * An error as the field worker should read it: the catalogue's plain
 * explanation, what to do, and the server's own words verbatim (support asks for them).
 */
export function AppErrorMessage({ error }: { error: AppError }) {
  const words = useErrorInWords(error);
  // Connector errors repeat the action and the server's words in `details`; say each thing once.
  const details = (error.details ?? []).filter(
    (detail) => detail !== error.action && !(error.serverMessage && detail.includes(error.serverMessage)),
  );
  return (
    <div className="app-error" data-testid="app-error">
      <p className="app-error-message">{words.message}</p>
      {words.action ? (
        <p className="app-error-action">
          <strong>What to do:</strong> {words.action}
        </p>
      ) : null}
      {details.length > 0 ? (
        <ul className="app-error-details">
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      ) : null}
      {error.serverMessage ? (
        <p className="app-error-server">
          The server said: <q data-testid="server-message">{error.serverMessage}</q>
        </p>
      ) : null}
    </div>
  );
}
