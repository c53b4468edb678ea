import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Account } from '../../../common/accounts/index';
import { useSyncView } from '../outbox/sync-store';
import { AccountTrouble } from './AccountTrouble';
import { describeSecret, secretStored } from './account-description';
import { AccountLocation, ServiceName } from './AccountFacts';
import { AccountEditor } from './AccountEditor';
import { useAccounts } from './accounts-store';
import { ConnectionTestResult } from './ConnectionTestResult';
import { PracticeBadge } from './PracticeBadge';
import { RemoveAccountButton } from './RemoveAccountButton';
import { useConnectionTest } from './use-connection-test';
import { useReturnFocus } from './use-return-focus';

/** The catalogue codes of a refused key or password (common/errors). */
const credentialRefusalCodes = new Set(['questionpro.1010', 'qmob.authentication-failure']);

/** One account: what it is, whether its secret is stored, and what the user can do with it. */
export function AccountCard({ account }: { account: Account }) {
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const connection = useConnectionTest(account.id);
  const secretFirst = useRef(false);
  const cardRef = useRef<HTMLLIElement>(null);
  const paused = useSyncView((view) => view.engine?.pausedAccounts.find((held) => held.accountId === account.id));
  const refused =
    paused?.error.kind === 'auth' ||
    (connection.state.phase === 'failed' && credentialRefusalCodes.has(connection.state.error.code));
  // "Enter the API key": the editor opens on the secret's field, not its first one.
  useEffect(() => {
    if (!editing || !secretFirst.current) return;
    secretFirst.current = false;
    cardRef.current?.querySelector<HTMLInputElement>('input[name="apiKey"], input[name="password"]')?.focus();
  }, [editing]);
  const editButtonRef = useReturnFocus<HTMLButtonElement>(editing);
  const refresh = useAccounts((state) => state.refresh);
  const announce = useAccounts((state) => state.announce);
  const intl = useIntl();
  const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;
  const name = <span translate="no">{account.label}</span>;

  const onSaved = (saved: Account): void => {
    setEditing(false);
    connection.reset();
    announce(
      secretStored(saved)
        ? intl.formatMessage(
            { id: 'settings.card.saved', defaultMessage: 'Saved the changes to {account}.' },
            { account: saved.label },
          )
        : intl.formatMessage(
            {
              id: 'settings.card.savedWithoutSecret',
              defaultMessage:
                '{kind, select, questionpro {Saved the changes to {account}. No API key is stored for it now: enter it to send again.} other {Saved the changes to {account}. No password is stored for it now: enter it to send again.}}',
            },
            { account: saved.label, kind: saved.kind },
          ),
    );
    void refresh();
  };
  const onRemoved = (): void => {
    announce(
      intl.formatMessage(
        { id: 'settings.card.removed', defaultMessage: 'Removed {account}.' },
        { account: account.label },
      ),
    );
    void refresh();
  };

  return (
    <li
      ref={cardRef}
      className={account.practice ? 'account-card account-card-practice' : 'account-card'}
      data-testid="account-card"
      data-kind={account.kind}
      data-practice={String(account.practice)}
    >
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>
          {name} {account.practice ? <PracticeBadge /> : null}
        </h3>
        <dl className="facts">
          <dt>
            <FormattedMessage id="settings.card.service" defaultMessage="Service" />
          </dt>
          <dd data-testid="account-service">
            <ServiceName kind={account.kind} />
          </dd>
          <dt>
            <FormattedMessage id="settings.card.server" defaultMessage="Server" />
          </dt>
          <dd data-testid="account-location">
            <AccountLocation account={account} />
          </dd>
          {account.kind === 'qmob' ? (
            <>
              <dt>
                <FormattedMessage id="settings.card.project" defaultMessage="Project" />
              </dt>
              <dd translate="no">{account.project}</dd>
              <dt>
                <FormattedMessage id="settings.card.userName" defaultMessage="User name" />
              </dt>
              <dd translate="no">{account.userName}</dd>
            </>
          ) : (
            <>
              <dt>
                <FormattedMessage id="settings.card.userId" defaultMessage="User ID" />
              </dt>
              <dd translate="no">{account.userId}</dd>
            </>
          )}
          <dt>
            <FormattedMessage id="settings.card.credentials" defaultMessage="Credentials" />
          </dt>
          <dd data-testid="account-secret">
            {refused && secretStored(account) ? (
              <FormattedMessage
                id="settings.card.secretRefused"
                defaultMessage="{stored}, but the server refused it"
                values={{ stored: describeSecret(account) }}
              />
            ) : (
              describeSecret(account)
            )}
          </dd>
        </dl>
        {account.practice ? (
          <p className="practice-note">
            <FormattedMessage
              id="settings.card.practiceNote"
              defaultMessage="Practice account: everything sent here goes to the sandbox on this computer, never to a real study."
            />
          </p>
        ) : null}
        {paused && !editing ? (
          <AccountTrouble
            account={account}
            error={paused.error}
            onEnterSecret={() => {
              secretFirst.current = true;
              setEditing(true);
            }}
          />
        ) : null}
        {editing ? (
          <AccountEditor target={account} onSaved={onSaved} onCancel={() => setEditing(false)} />
        ) : (
          <div className="account-actions">
            {/* aria-disabled, not disabled: a disabled button drops the keyboard focus to the page. */}
            <button
              type="button"
              aria-disabled={connection.state.phase === 'testing'}
              onClick={() => {
                if (connection.state.phase !== 'testing') void connection.run();
              }}
            >
              <FormattedMessage
                id="settings.card.test"
                defaultMessage="Test connection<hidden> for {account}</hidden>"
                values={{ account: name, hidden }}
              />
            </button>
            <button ref={editButtonRef} type="button" className="secondary" onClick={() => setEditing(true)}>
              <FormattedMessage
                id="settings.card.edit"
                defaultMessage="Edit<hidden> {account}</hidden>"
                values={{ account: name, hidden }}
              />
            </button>
            <RemoveAccountButton account={account} onRemoved={onRemoved} />
          </div>
        )}
        <ConnectionTestResult
          state={connection.state}
          completedRuns={connection.completedRuns}
          accountLabel={account.label}
        />
      </article>
    </li>
  );
}
