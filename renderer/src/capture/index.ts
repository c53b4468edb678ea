export { CaptureWorkspace } from './CaptureWorkspace';
export { CaptureSettingsPanel } from './CaptureSettingsPanel';
