import { EmptyState } from '../components/EmptyState';
import { useNavigation } from '../state/navigation';

export function SurveysSection() {
  const setSection = useNavigation((state) => state.setSection);
  return (
    <>
      <h1>Surveys</h1>
      <EmptyState
        title="No surveys on this laptop yet"
        action={
          <button type="button" onClick={() => setSection('settings')}>
            Go to Settings
          </button>
        }
      >
        <p>Surveys are downloaded once, while you have a connection, and then work offline for as long as you need.</p>
        <p>Start by adding your QuestionPro account in Settings. Then come back here to download a survey.</p>
      </EmptyState>
    </>
  );
}
