import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../common/contract';
import type { AppError } from '../../../common/result';
import { call } from '../api/client';
import { CaptureSettingsPanel } from '../capture';
import { AccountsPanel } from '../settings/AccountsPanel';
import { RecoveryPanel } from '../vault/RecoveryPanel';
import { NetworkPanel } from '../settings/network/NetworkPanel';
import { UpdatesPanel } from '../updates/UpdatesPanel';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel';

const platformNames: Record<AppInfo['platform'], string> = {
  win32: 'Windows',
  darwin: 'macOS',
  linux: 'Linux',
  other: 'Other',
};

function AboutOutpost() {
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

  if (error) return <p role="alert">{error.message}</p>;
  if (!info) return <p>Loading…</p>;
  return (
    <dl className="facts" data-testid="app-info">
      <dt>Version</dt>
      <dd data-testid="app-version">{info.version}</dd>
      <dt>System</dt>
      <dd data-testid="app-platform">{platformNames[info.platform]}</dd>
      <dt>Data folder</dt>
      <dd data-testid="app-data-folder">{info.dataFolder}</dd>
      <dt>Licences</dt>
      <dd>
        <LicenceNotices />
      </dd>
    </dl>
  );
}

/** The notices of every third-party package in this version, as generated at build; loaded when opened. */
function LicenceNotices() {
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
      <summary>Third-party licences</summary>
      {error ? <p role="alert">{error.message}</p> : null}
      {text === undefined ? (
        error ? null : (
          <p>Loading…</p>
        )
      ) : (
        <pre
          className="licence-notices"
          tabIndex={0}
          aria-label="Third-party licence notices"
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
      <h1>Settings</h1>
      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <AccountsPanel />
      </section>
      <CaptureSettingsPanel />
      <RecoveryPanel />
      <NetworkPanel />
      <UpdatesPanel />
      <DiagnosticsPanel />
      <section aria-labelledby="about-heading">
        <h2 id="about-heading">About Outpost</h2>
        <AboutOutpost />
      </section>
    </>
  );
}
