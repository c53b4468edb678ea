import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { sayPhrase } from '../../../common/i18n/phrase';
import type { UpdateStatus, UpdatesOffReason } from '../../../common/contract';
import { call, subscribe } from '../api/client';

const offWords: Record<UpdatesOffReason, string> = {
  environment: 'Updates are turned off on this computer (OUTPOST_DISABLE_UPDATES).',
  'windows-policy': 'Updates are turned off by your organisation (Windows policy DisableUpdates).',
  'macos-policy': 'Updates are turned off by your organisation (macOS managed preference DisableUpdates).',
  'managed-install': 'Outpost was installed for all users of this computer; your IT department installs new versions.',
  'not-configured':
    'This copy of Outpost was built without an update address; your IT department installs new versions.',
  'not-installed': 'Updates apply to the installed app only.',
};

const blockerWords = {
  'draft-open': 'an interview draft is open (finish or discard it in Surveys)',
  'delivery-running': 'Outpost is sending data (wait until the Outbox is done)',
} as const;

/** Settings → Updates: what the updater is doing, and the user's consent to restart into a new version. */
export function UpdatesPanel() {
  const [status, setStatus] = useState<UpdateStatus>();
  useEffect(() => {
    let active = true;
    void call('updates.status').then((result) => {
      if (active && result.ok) setStatus(result.value);
    });
    const unsubscribe = subscribe('updates.status', setStatus);
    return () => {
      active = false;
      unsubscribe();
    };
  }, []);

  const run = (operation: 'updates.check' | 'updates.install'): void => {
    void call(operation).then((result) => result.ok && setStatus(result.value));
  };

  return (
    <section aria-labelledby="updates-heading" data-testid="updates-settings">
      <h2 id="updates-heading">Updates</h2>
      {!status ? (
        <p>Loading…</p>
      ) : !status.enabled ? (
        <p data-testid="updates-off">{status.offReason ? offWords[status.offReason] : 'Updates are off.'}</p>
      ) : (
        <UpdateState status={status} onCheck={() => run('updates.check')} onInstall={() => run('updates.install')} />
      )}
    </section>
  );
}

function UpdateState({
  status,
  onCheck,
  onInstall,
}: {
  status: UpdateStatus;
  onCheck: () => void;
  onInstall: () => void;
}) {
  const intl = useIntl();
  if (status.state === 'ready') {
    const blocked = status.blockers.length > 0;
    return (
      <div role="status">
        <p>Outpost {status.version} is downloaded and checked. Installing it restarts Outpost.</p>
        {blocked ? (
          <p data-testid="update-blockers">
            It can be installed once nothing is in progress: {status.blockers.map((b) => blockerWords[b]).join('; ')}.
          </p>
        ) : null}
        <button type="button" disabled={blocked} onClick={onInstall}>
          Restart and install
        </button>
      </div>
    );
  }
  const words: Record<Exclude<UpdateStatus['state'], 'ready'>, string> = {
    off: 'Updates are off.',
    idle: 'Outpost looks for new versions in the background.',
    checking: 'Looking for a new version…',
    'up-to-date': 'Outpost is up to date.',
    downloading: `Downloading Outpost ${status.version ?? ''}${status.percent === null ? '' : ` (${Math.round(status.percent)}%)`}…`,
    failed:
      status.problem && status.problemWords
        ? sayPhrase(intl, status.problemWords, status.problem)
        : (status.problem ?? 'The last update check failed.'),
  };
  return (
    <div>
      <p role="status">{words[status.state]}</p>
      {status.state === 'checking' || status.state === 'downloading' ? null : (
        <button type="button" onClick={onCheck}>
          Check for updates
        </button>
      )}
    </div>
  );
}
