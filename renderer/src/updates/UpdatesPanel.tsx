import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { sayPhrase } from '../../../common/i18n/phrase';
import type { UpdateStatus, UpdatesOffReason } from '../../../common/contract';
import { call, subscribe } from '../api/client';
import { defineMessages } from '../i18n/define-messages';
import { formatPercent } from '../i18n/format';

const offWords = defineMessages<UpdatesOffReason>({
  environment: {
    id: 'updates.off.environment',
    defaultMessage: 'Updates are turned off on this computer (OUTPOST_DISABLE_UPDATES).',
  },
  'windows-policy': {
    id: 'updates.off.windowsPolicy',
    defaultMessage: 'Updates are turned off by your organisation (Windows policy DisableUpdates).',
  },
  'macos-policy': {
    id: 'updates.off.macosPolicy',
    defaultMessage: 'Updates are turned off by your organisation (macOS managed preference DisableUpdates).',
  },
  'managed-install': {
    id: 'updates.off.managedInstall',
    defaultMessage: 'Outpost was installed for all users of this computer; your IT department installs new versions.',
  },
  'not-configured': {
    id: 'updates.off.notConfigured',
    defaultMessage:
      'This copy of Outpost was built without an update address; your IT department installs new versions.',
  },
  'not-installed': { id: 'updates.off.notInstalled', defaultMessage: 'Updates apply to the installed app only.' },
});

const blockerWords = defineMessages<UpdateStatus['blockers'][number]>({
  'draft-open': {
    id: 'updates.blocker.draftOpen',
    defaultMessage: 'an interview draft is open (finish or discard it in Surveys)',
  },
  'delivery-running': {
    id: 'updates.blocker.deliveryRunning',
    defaultMessage: 'Outpost is sending data (wait until the Outbox is done)',
  },
});

const stateWords = defineMessages({
  off: { id: 'updates.state.off', defaultMessage: 'Updates are off.' },
  idle: { id: 'updates.state.idle', defaultMessage: 'Outpost looks for new versions in the background.' },
  checking: { id: 'updates.state.checking', defaultMessage: 'Looking for a new version…' },
  upToDate: { id: 'updates.state.upToDate', defaultMessage: 'Outpost is up to date.' },
  downloading: {
    id: 'updates.state.downloading',
    defaultMessage:
      '{percent, select, none {Downloading Outpost {version}…} other {Downloading Outpost {version} ({percent})…}}',
  },
  failed: { id: 'updates.state.failed', defaultMessage: 'The last update check failed.' },
});

/** Settings → Updates: what the updater is doing, and the user's consent to restart into a new version. */
export function UpdatesPanel() {
  const intl = useIntl();
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
      <h2 id="updates-heading">
        <FormattedMessage id="updates.heading" defaultMessage="Updates" />
      </h2>
      {!status ? (
        <p>
          <FormattedMessage id="common.loading" defaultMessage="Loading…" />
        </p>
      ) : !status.enabled ? (
        <p data-testid="updates-off">
          {intl.formatMessage(status.offReason ? offWords[status.offReason] : stateWords.off)}
        </p>
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
  const version = status.version ?? '';
  if (status.state === 'ready') {
    const blocked = status.blockers.length > 0;
    return (
      <div role="status">
        <p>
          <FormattedMessage
            id="updates.ready"
            defaultMessage="Outpost {version} is downloaded and checked. Installing it restarts Outpost."
            values={{ version: <bdi translate="no">{version}</bdi> }}
          />
        </p>
        {blocked ? (
          <p data-testid="update-blockers">
            <FormattedMessage
              id="updates.blocked"
              defaultMessage="It can be installed once nothing is in progress: {blockers}."
              values={{
                blockers: intl.formatList(
                  status.blockers.map((blocker) => intl.formatMessage(blockerWords[blocker])),
                  { type: 'unit', style: 'long' },
                ),
              }}
            />
          </p>
        ) : null}
        <button type="button" disabled={blocked} onClick={onInstall}>
          <FormattedMessage id="updates.install" defaultMessage="Restart and install" />
        </button>
      </div>
    );
  }
  const words: Record<Exclude<UpdateStatus['state'], 'ready'>, string> = {
    off: intl.formatMessage(stateWords.off),
    idle: intl.formatMessage(stateWords.idle),
    checking: intl.formatMessage(stateWords.checking),
    'up-to-date': intl.formatMessage(stateWords.upToDate),
    downloading: intl.formatMessage(stateWords.downloading, {
      version,
      percent: status.percent === null ? 'none' : formatPercent(intl, status.percent / 100),
    }),
    failed:
      status.problem && status.problemWords
        ? sayPhrase(intl, status.problemWords, status.problem)
        : status.problem
          ? status.problem
          : intl.formatMessage(stateWords.failed),
  };
  return (
    <div>
      <p role="status">{words[status.state]}</p>
      {status.state === 'checking' || status.state === 'downloading' ? null : (
        <button type="button" onClick={onCheck}>
          <FormattedMessage id="updates.check" defaultMessage="Check for updates" />
        </button>
      )}
    </div>
  );
}
