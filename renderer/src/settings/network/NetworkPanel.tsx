import { useEffect, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { defineMessages } from '../../../../common/i18n/phrase';
import type { NetworkStatus, ProxySettings } from '../../../../common/contract';
import type { AppError } from '../../../../common/result';
import { call } from '../../api/client';
import { AppErrorMessage } from '../AppErrorMessage';
import { TextField } from '../FormField';

type Mode = ProxySettings['mode'];

const words = defineMessages({
  system: { id: 'settings.network.mode.system', defaultMessage: 'Use this computer’s proxy settings' },
  manual: { id: 'settings.network.mode.manual', defaultMessage: 'Use this proxy' },
  direct: { id: 'settings.network.mode.direct', defaultMessage: 'No proxy' },
  proxyForm: { id: 'settings.network.proxyForm', defaultMessage: 'Proxy' },
  proxyAddress: { id: 'settings.network.proxyAddress', defaultMessage: 'Proxy address' },
  proxyAddressHint: {
    id: 'settings.network.proxyAddressHint',
    defaultMessage:
      'For example http://proxy.example.org:8080. If it asks for a user name and password, Outpost asks you once and keeps them in the keychain.',
  },
  signInForm: { id: 'settings.network.signInForm', defaultMessage: 'Proxy sign-in' },
  userName: { id: 'settings.network.userName', defaultMessage: 'Proxy user name' },
  password: { id: 'settings.network.password', defaultMessage: 'Proxy password' },
  signIns: { id: 'settings.network.signIns', defaultMessage: 'Proxy sign-ins' },
});

const MODES: readonly Mode[] = ['system', 'manual', 'direct'];

/** A proxy's address, as IT wrote it. */
const Address = ({ children }: { children: string }) => (
  <bdi translate="no" dir="ltr">
    {children}
  </bdi>
);

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
      <h2 id="network-heading">
        <FormattedMessage id="settings.network.heading" defaultMessage="Network" />
      </h2>
      {error ? <AppErrorMessage error={error} /> : null}
      {status ? (
        <>
          <ProxyChoice status={status} onSaved={apply} />
          {status.signInNeeded ? <ProxySignIn proxy={status.signInNeeded} onDone={apply} /> : null}
          <SignedInProxies status={status} onDone={apply} />
          <p className="account-field-hint" data-testid="system-certificates">
            <FormattedMessage
              id="settings.network.certificates"
              defaultMessage="{count, plural, =0 {Certificates: Outpost trusts its own list; this computer’s certificate store is read by the installed app.} one {Certificates: Outpost trusts its own list and the # authority this computer trusts (including any your IT department installed).} other {Certificates: Outpost trusts its own list and the # authorities this computer trusts (including any your IT department installed).}}"
              values={{ count: status.systemCertificates }}
            />
          </p>
        </>
      ) : error ? null : (
        <p>
          <FormattedMessage id="common.loading" defaultMessage="Loading…" />
        </p>
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
  const intl = useIntl();
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
    <form aria-label={intl.formatMessage(words.proxyForm)} onSubmit={submit}>
      <fieldset>
        <legend>
          <FormattedMessage id="settings.network.legend" defaultMessage="Proxy for QuestionPro and QMob" />
        </legend>
        {MODES.map((value) => (
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
            {intl.formatMessage(words[value])}
          </label>
        ))}
      </fieldset>
      {mode === 'manual' ? (
        <TextField
          name="proxy-url"
          label={intl.formatMessage(words.proxyAddress)}
          hint={intl.formatMessage(words.proxyAddressHint)}
          defaultValue={savedUrl}
          required
          autoComplete="off"
          spellCheck={false}
        />
      ) : null}
      {mode === 'system' && status.environment.httpsProxy ? (
        <p className="notice" data-testid="environment-proxy">
          <FormattedMessage
            id="settings.network.environment"
            defaultMessage="{except, select, yes {<v>HTTPS_PROXY</v> is set to {proxy}: Outpost uses it instead of this computer’s settings, except for {noProxy} (<v>NO_PROXY</v>).} other {<v>HTTPS_PROXY</v> is set to {proxy}: Outpost uses it instead of this computer’s settings.}}"
            values={{
              except: status.environment.noProxy ? 'yes' : 'no',
              proxy: <Address>{status.environment.httpsProxy}</Address>,
              noProxy: <Address>{status.environment.noProxy ?? ''}</Address>,
              v: (chunks) => <code translate="no">{chunks}</code>,
            }}
          />
        </p>
      ) : null}
      <p className="account-field-hint">
        <FormattedMessage
          id="settings.network.loopback"
          defaultMessage="This computer’s own addresses (such as the Practice workspace) never use a proxy."
        />
      </p>
      <button type="submit">
        <FormattedMessage id="settings.network.save" defaultMessage="Save network settings" />
      </button>
      {saved ? (
        <p role="status" className="notice">
          <FormattedMessage id="settings.network.saved" defaultMessage="Network settings saved." />
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
  const intl = useIntl();
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const username = String(form.get('proxy-username') ?? '');
    const password = String(form.get('proxy-password') ?? '');
    event.currentTarget.reset();
    void call('network.signIn', { proxy, username, password }).then(onDone);
  };
  return (
    <form aria-label={intl.formatMessage(words.signInForm)} className="notice notice-warning" onSubmit={submit}>
      <p role="alert">
        <FormattedMessage
          id="settings.network.signInNeeded"
          defaultMessage="The proxy <strong>{proxy}</strong> asks for a user name and password before Outpost can reach QuestionPro or QMob. Outpost keeps them in this computer’s keychain."
          values={{ proxy: <Address>{proxy}</Address>, strong: (chunks) => <strong>{chunks}</strong> }}
        />
      </p>
      <TextField name="proxy-username" label={intl.formatMessage(words.userName)} required autoComplete="username" />
      <TextField
        name="proxy-password"
        label={intl.formatMessage(words.password)}
        type="password"
        required
        autoComplete="current-password"
      />
      <button type="submit">
        <FormattedMessage id="settings.network.signIn" defaultMessage="Sign in to the proxy" />
      </button>
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
  const intl = useIntl();
  if (status.signedIn.length === 0) return null;
  return (
    <ul aria-label={intl.formatMessage(words.signIns)}>
      {status.signedIn.map((proxy) => (
        <li key={proxy}>
          <FormattedMessage
            id="settings.network.signedIn"
            defaultMessage="Signed in to the proxy {proxy}."
            values={{ proxy: <Address>{proxy}</Address> }}
          />{' '}
          <button type="button" onClick={() => void call('network.signOut', { proxy }).then(onDone)}>
            <FormattedMessage
              id="settings.network.signOut"
              defaultMessage="Forget the sign-in for {proxy}"
              values={{ proxy: <Address>{proxy}</Address> }}
            />
          </button>
        </li>
      ))}
    </ul>
  );
}
