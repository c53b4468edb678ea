import type { OutpostBridge } from '../../common/contract/bridge';

declare global {
  interface Window {
    /** Put there by the Electron preload, or by the browser host's bridge script. */
    readonly outpost?: OutpostBridge;
  }
}
