import { CaptureWorkspace } from '../capture';

export function SurveysSection() {
  return (
    <>
      <h1>Surveys</h1>
      <CaptureWorkspace />
    </>
  );
}
