import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../i18n/define-messages';
import type { AppInfo } from '../../../common/contract';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';
import { errorInWords } from '../i18n/error-words';
import { CaptureSettingsPanel } from '../capture';
import { AccountsPanel } from '../settings/AccountsPanel';
import { RecoveryPanel } from '../vault/RecoveryPanel';
import { NetworkPanel } from '../settings/network/NetworkPanel';
import { UpdatesPanel } from '../updates/UpdatesPanel';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel';
import { LanguagePanel } from '../settings/LanguagePanel';

const platformNames = defineMessages<AppInfo['platform']>({
  win32: { id: 'settings.about.platform.win32', defaultMessage: 'Windows' },
  darwin: { id: 'settings.about.platform.darwin', defaultMessage: 'macOS' },
  linux: { id: 'settings.about.platform.linux', defaultMessage: 'Linux' },
  other: { id: 'settings.about.platform.other', defaultMessage: 'Other' },
});

const loading = <FormattedMessage id="common.loading" defaultMessage="Loading…" />;

function AboutOutpost() {
  const intl = useIntl();
  const [info, setInfo] = useState<AppInfo>();
  const [error, setError] = useState<AppError>();
  useEffect(() => {
    let active = true;
    void call('app.info').then((result) => {
      if (!active) return;
      if (result.ok) setInfo(result.value);
      else setError(result.error);
    });
    return () => {
      active = false;
    };
  }, []);

  if (error) return <p role="alert">{errorInWords(intl, error).message}</p>;
  if (!info) return <p>{loading}</p>;
  return (
    <dl className="facts" data-testid="app-info">
      <dt>
        <FormattedMessage id="settings.about.version" defaultMessage="Version" />
      </dt>
      <dd data-testid="app-version">{info.version}</dd>
      <dt>
        <FormattedMessage id="settings.about.system" defaultMessage="System" />
      </dt>
      <dd data-testid="app-platform">{intl.formatMessage(platformNames[info.platform])}</dd>
      <dt>
        <FormattedMessage id="settings.about.dataFolder" defaultMessage="Data folder" />
      </dt>
      <dd data-testid="app-data-folder">{info.dataFolder}</dd>
      <dt>
        <FormattedMessage id="settings.about.licences" defaultMessage="Licences" />
      </dt>
      <dd>
        <LicenceNotices />
      </dd>
    </dl>
  );
}

/** The notices of every third-party package in this version, as generated at build; loaded when opened. */
function LicenceNotices() {
  const intl = useIntl();
  const [text, setText] = useState<string>();
  const [error, setError] = useState<AppError>();
  const load = (open: boolean): void => {
    if (!open || text !== undefined) return;
    void call('app.notices').then((result) => {
      if (result.ok) setText(result.value.text);
      else setError(result.error);
    });
  };
  return (
    <details onToggle={(event) => load(event.currentTarget.open)}>
      <summary>
        <FormattedMessage id="settings.about.thirdPartyLicences" defaultMessage="Third-party licences" />
      </summary>
      {error ? <p role="alert">{errorInWords(intl, error).message}</p> : null}
      {text === undefined ? (
        error ? null : (
          <p>{loading}</p>
        )
      ) : (
        <pre
          className="licence-notices"
          tabIndex={0}
          aria-label={intl.formatMessage({
            id: 'settings.about.licenceNotices',
            defaultMessage: 'Third-party licence notices',
          })}
          data-testid="licence-notices"
        >
          {text}
        </pre>
      )}
    </details>
  );
}

export function SettingsSection() {
  return (
    <>
      <h1>
        <FormattedMessage id="settings.heading" defaultMessage="Settings" />
      </h1>
      <LanguagePanel />
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">
          <FormattedMessage id="settings.accounts.heading" defaultMessage="Accounts" />
        </h2>
        <AccountsPanel />
      </section>
      <CaptureSettingsPanel />
      <RecoveryPanel />
      <NetworkPanel />
      <UpdatesPanel />
      <DiagnosticsPanel />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">
          <FormattedMessage id="settings.about.heading" defaultMessage="About Outpost" />
        </h2>
        <AboutOutpost />
      </section>
    </>
  );
}
