import { FormattedMessage, useIntl } from 'react-intl';
/** Practice accounts point at the sandbox on this computer; nothing sent there reaches a real study. */
export function PracticeBadge() {
  const intl = useIntl();
  return (
    <span
      className="practice-badge"
      data-testid="practice-badge"
      title={intl.formatMessage({
        id: 'practice.badgeTitle',
        defaultMessage: 'Practice: data goes to the sandbox on this computer, not to a real study',
      })}
    >
      <FormattedMessage id="practice.badge" defaultMessage="Practice" />
    </span>
  );
}
