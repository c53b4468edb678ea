import { FormattedMessage } from 'react-intl';
import { CaptureWorkspace } from '../capture';

export function SurveysSection() {
  return (
    <>
      <h1>
        <FormattedMessage id="surveys.heading" defaultMessage="Surveys" />
      </h1>
      <CaptureWorkspace />
    </>
  );
}
