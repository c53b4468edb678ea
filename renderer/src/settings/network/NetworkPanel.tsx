import { useEffect, useState, type FormEvent } from 'react';
import type { NetworkStatus, ProxySettings } from '../../../../common/contract';
import type { AppError } from '../../../../common/result';
import { call } from '../../api/client';
import { AppErrorMessage } from '../AppErrorMessage';
import { TextField } from '../FormField';

type Mode = ProxySettings['mode'];

const modeLabels: Record<Mode, string> = {
  system: 'Use this computer’s proxy settings',
  manual: 'Use this proxy',
  direct: 'No proxy',
};

/**
 * Settings → Network: how QuestionPro and QMob calls leave the office network,
 * and the proxy's sign-in when it asks for one. The renderer never talks to the
 * network itself; it only tells main what IT chose.
 */
export function NetworkPanel() {
  const [status, setStatus] = useState<NetworkStatus>();
  const [error, setError] = useState<AppError>();
  useEffect(() => {
    let active = true;
    void call('network.status').then((result) => {
      if (!active) return;
      if (result.ok) setStatus(result.value);
      else setError(result.error);
    });
    return () => {
      active = false;
    };
  }, []);

  const apply = (result: Awaited<ReturnType<typeof call<'network.status'>>>): void => {
    if (result.ok) {
      setStatus(result.value);
      setError(undefined);
    } else setError(result.error);
  };

  return (
    <section aria-labelledby="network-heading" data-testid="network-settings">
      <h2 id="network-heading">Network</h2>
      {error ? <AppErrorMessage error={error} /> : null}
      {status ? (
        <>
          <ProxyChoice status={status} onSaved={apply} />
          {status.signInNeeded ? <ProxySignIn proxy={status.signInNeeded} onDone={apply} /> : null}
          <SignedInProxies status={status} onDone={apply} />
          <p className="account-field-hint" data-testid="system-certificates">
            {status.systemCertificates > 0
              ? `Certificates: Outpost trusts its own list and the ${status.systemCertificates} authorities this computer trusts (including any your IT department installed).`
              : 'Certificates: Outpost trusts its own list; this computer’s certificate store is read by the installed app.'}
          </p>
        </>
      ) : error ? null : (
        <p>Loading…</p>
      )}
    </section>
  );
}

function ProxyChoice({
  status,
  onSaved,
}: {
  status: NetworkStatus;
  onSaved: (result: Awaited<ReturnType<typeof call<'network.save'>>>) => void;
}) {
  const [mode, setMode] = useState<Mode>(status.settings.mode);
  const [saved, setSaved] = useState(false);
  const savedUrl = status.settings.mode === 'manual' ? status.settings.url : '';

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const url = String(new FormData(event.currentTarget).get('proxy-url') ?? '').trim();
    const settings: ProxySettings = mode === 'manual' ? { mode, url } : { mode };
    setSaved(false);
    void call('network.save', settings).then((result) => {
      onSaved(result);
      setSaved(result.ok);
    });
  };

  return (
    <form aria-label="Proxy" onSubmit={submit}>
      <fieldset>
        <legend>Proxy for QuestionPro and QMob</legend>
        {(Object.keys(modeLabels) as Mode[]).map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name="proxy-mode"
              value={value}
              checked={mode === value}
              onChange={() => {
                setMode(value);
                setSaved(false);
              }}
            />{' '}
            {modeLabels[value]}
          </label>
        ))}
      </fieldset>
      {mode === 'manual' ? (
        <TextField
          name="proxy-url"
          label="Proxy address"
          hint="For example http://proxy.example.org:8080. If it asks for a user name and password, Outpost asks you once and keeps them in the keychain."
          defaultValue={savedUrl}
          required
          autoComplete="off"
          spellCheck={false}
        />
      ) : null}
      {mode === 'system' && status.environment.httpsProxy ? (
        <p className="notice" data-testid="environment-proxy">
          HTTPS_PROXY is set to {status.environment.httpsProxy}: Outpost uses it instead of this computer’s settings
          {status.environment.noProxy ? `, except for ${status.environment.noProxy} (NO_PROXY)` : ''}.
        </p>
      ) : null}
      <p className="account-field-hint">
        This computer’s own addresses (such as the Practice workspace) never use a proxy.
      </p>
      <button type="submit">Save network settings</button>
      {saved ? (
        <p role="status" className="notice">
          Network settings saved.
        </p>
      ) : null}
    </form>
  );
}

function ProxySignIn({
  proxy,
  onDone,
}: {
  proxy: string;
  onDone: (result: Awaited<ReturnType<typeof call<'network.signIn'>>>) => void;
}) {
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('proxy-username') ?? '');
    const password = String(form.get('proxy-password') ?? '');
    event.currentTarget.reset();
    void call('network.signIn', { proxy, username, password }).then(onDone);
  };
  return (
    <form aria-label="Proxy sign-in" className="notice notice-warning" onSubmit={submit}>
      <p role="alert">
        The proxy <strong>{proxy}</strong> asks for a user name and password before Outpost can reach QuestionPro or
        QMob. Outpost keeps them in this computer’s keychain.
      </p>
      <TextField name="proxy-username" label="Proxy user name" required autoComplete="username" />
      <TextField
        name="proxy-password"
        label="Proxy password"
        type="password"
        required
        autoComplete="current-password"
      />
      <button type="submit">Sign in to the proxy</button>
    </form>
  );
}

function SignedInProxies({
  status,
  onDone,
}: {
  status: NetworkStatus;
  onDone: (result: Awaited<ReturnType<typeof call<'network.signOut'>>>) => void;
}) {
  if (status.signedIn.length === 0) return null;
  return (
    <ul aria-label="Proxy sign-ins">
      {status.signedIn.map((proxy) => (
        <li key={proxy}>
          Signed in to the proxy {proxy}.{' '}
          <button type="button" onClick={() => void call('network.signOut', { proxy }).then(onDone)}>
            Forget the sign-in for {proxy}
          </button>
        </li>
      ))}
    </ul>
  );
}
