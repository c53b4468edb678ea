import { FormattedMessage, useIntl } from 'react-intl';
import { sections, useNavigation } from '../state/navigation';

export function SectionNav() {
  const current = useNavigation((state) => state.section);
  const setSection = useNavigation((state) => state.setSection);
  const intl = useIntl();
  return (
    <nav className="section-nav" aria-label={intl.formatMessage({ id: 'nav.label', defaultMessage: 'Sections' })}>
      <ul>
        {sections.map((section, index) => (
          <li key={section.id}>
            <a
              href={`#/${section.id}`}
              aria-current={current === section.id ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${index + 1}`}
              onClick={(event) => {
                event.preventDefault();
                setSection(section.id);
              }}
            >
              {intl.formatMessage(section.label)}
              <span className="shortcut" aria-hidden="true">
                <FormattedMessage
                  id="nav.shortcut"
                  defaultMessage="Alt+{number}"
                  values={{ number: index + 1 }}
                  description="The keyboard shortcut; keep the key name as printed on keyboards where the language is used"
                />
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
