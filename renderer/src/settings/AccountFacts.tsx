import { useIntl } from 'react-intl';
import { DATACENTER_HOSTS, type Account, type Datacenter } from '../../../common/accounts/index';
import { defineMessages, type PhraseIntl } from '../../../common/i18n/phrase';

/** The services' own names: never translated. */
const SERVICE_NAMES: Record<Account['kind'], string> = { questionpro: 'QuestionPro', qmob: 'QMob' };

/** A QMob instance is a host under this domain (main/connectors/qmob/base-url.ts). */
const QMOB_DOMAIN = '.myqmob.com';

const words = defineMessages({
  datacenter: {
    id: 'settings.account.datacenter',
    defaultMessage:
      '{datacenter, select, us {United States} eu {Europe} ca {Canada} sg {Singapore} au {Australia} ae {United Arab Emirates} sa {Saudi Arabia} surveyanalytics {SurveyAnalytics} other {{datacenter}}} ({host})',
  },
});

export function ServiceName({ kind }: { kind: Account['kind'] }) {
  return <span translate="no">{SERVICE_NAMES[kind]}</span>;
}

/** A datacenter as the picker offers it: the region in the interface's words, its host as it is. */
export function datacenterChoice(intl: PhraseIntl, datacenter: Datacenter): string {
  return intl.formatMessage(words.datacenter, { datacenter, host: DATACENTER_HOSTS[datacenter] });
}

/** Where an account's server is, in the words the user picked it by; addresses as they were typed. */
export function AccountLocation({ account }: { account: Account }) {
  const intl = useIntl();
  const location = account.location;
  if ('customBaseUrl' in location) return <bdi translate="no">{location.customBaseUrl}</bdi>;
  if ('instance' in location)
    return (
      <bdi translate="no">
        {location.instance}
        {QMOB_DOMAIN}
      </bdi>
    );
  const host = <bdi translate="no">{DATACENTER_HOSTS[location.datacenter]}</bdi>;
  return <>{intl.formatMessage(words.datacenter, { datacenter: location.datacenter, host })}</>;
}
