/**
 * The only bridge between the sandboxed renderer and main: one named function
 * per contract operation and a subscription to contract events. No raw
 * ipcRenderer, no Node, nothing else.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { eventChannel, isEventName, operationChannel, operationNames } from '../common/contract/names';

const operations = Object.fromEntries(
  operationNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(operationChannel(name), input)]),
);

function on(event: unknown, listener: (payload: unknown) => void): () => void {
  if (!isEventName(event)) throw new Error(`Unknown event: ${String(event)}`);
  const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(eventChannel(event), forward);
  return () => {
    ipcRenderer.removeListener(eventChannel(event), forward);
  };
}

contextBridge.exposeInMainWorld('outpost', { operations, on });
