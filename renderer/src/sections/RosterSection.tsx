import { EmptyState } from '../components/EmptyState';
import { useNavigation } from '../state/navigation';

export function RosterSection() {
  const setSection = useNavigation((state) => state.setSection);
  return (
    <>
      <h1>Roster</h1>
      <EmptyState
        title="No respondent lists yet"
        action={
          <button type="button" onClick={() => setSection('settings')}>
            Go to Settings
          </button>
        }
      >
        <p>Here you will keep QMob respondent lists: register, move and remove respondents, even without a connection.</p>
        <p>Start by adding your QMob account in Settings.</p>
      </EmptyState>
    </>
  );
}
