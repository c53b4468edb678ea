import { FormattedMessage } from 'react-intl';

/**
 * What a server said, verbatim and marked as the server's: quoted, never translated
 * (translate="no"), in its own direction. Support asks for exactly these words.
 */
export function ServerWords({ words, status, serverId }: { words: string; status?: number; serverId?: string }) {
  return (
    <p className="server-words">
      <FormattedMessage
        id="server.said"
        defaultMessage="{detail, select, none {The server said} other {The server said ({detail})}}: {words}"
        values={{
          detail: status !== undefined ? (serverId ? `HTTP ${status}, id ${serverId}` : `HTTP ${status}`) : 'none',
          words: (
            <q translate="no" dir="auto" data-testid="server-message">
              {words}
            </q>
          ),
        }}
      />
    </p>
  );
}
