import { sections, useNavigation } from '../state/navigation';

export function SectionNav() {
  const current = useNavigation((state) => state.section);
  const setSection = useNavigation((state) => state.setSection);
  return (
    <nav className="section-nav" aria-label="Sections">
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
              {section.label}
              <span className="shortcut" aria-hidden="true">
                Alt+{index + 1}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
