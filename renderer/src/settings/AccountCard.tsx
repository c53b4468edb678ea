import { useEffect, useId, useRef, useState } from 'react';
import type { Account } from '../../../common/accounts/index';
import { useSyncView } from '../outbox/sync-store';
import { AccountTrouble } from './AccountTrouble';
import { describeLocation, describeSecret, secretStored, secretWord, serviceNames } from './account-description';
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

  const onSaved = (saved: Account): void => {
    setEditing(false);
    connection.reset();
    announce(
      secretStored(saved)
        ? `Saved the changes to ${saved.label}.`
        : `Saved the changes to ${saved.label}. No ${secretWord(saved)} is stored for it now: enter it to send again.`,
    );
    void refresh();
  };
  const onRemoved = (): void => {
    announce(`Removed ${account.label}.`);
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
          {account.label} {account.practice ? <PracticeBadge /> : null}
        </h3>
        <dl className="facts">
          <dt>Service</dt>
          <dd data-testid="account-service">{serviceNames[account.kind]}</dd>
          <dt>Server</dt>
          <dd data-testid="account-location">{describeLocation(account)}</dd>
          {account.kind === 'qmob' ? (
            <>
              <dt>Project</dt>
              <dd>{account.project}</dd>
              <dt>User name</dt>
              <dd>{account.userName}</dd>
            </>
          ) : (
            <>
              <dt>User ID</dt>
              <dd>{account.userId}</dd>
            </>
          )}
          <dt>Credentials</dt>
          <dd data-testid="account-secret">
            {describeSecret(account)}
            {refused && secretStored(account) ? `, but the server refused it` : ''}
          </dd>
        </dl>
        {account.practice ? (
          <p className="practice-note">
            Practice account: everything sent here goes to the sandbox on this computer, never to a real study.
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
              Test connection<span className="visually-hidden"> for {account.label}</span>
            </button>
            <button ref={editButtonRef} type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit<span className="visually-hidden"> {account.label}</span>
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
