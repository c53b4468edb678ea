import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { operationChannel, operationNames, eventChannel, type EventName } from '../../common/contract';
import type { ContractDispatcher } from '../ipc/dispatcher';
import type { SenderIdentity } from '../ipc/sender-policy';
import type { EventPublisher } from '../events/publisher';
import { checkedPayload } from '../events/publisher';

function senderOf(event: IpcMainInvokeEvent): SenderIdentity {
  const frame = event.senderFrame;
  return {
    url: frame?.url ?? '',
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    contentsId: event.sender.id,
  };
}

export function bindContract(ipcMain: IpcMain, dispatcher: ContractDispatcher): void {
  for (const name of operationNames) {
    ipcMain.handle(operationChannel(name), (event, input: unknown) =>
      dispatcher.dispatch(name, input, senderOf(event)),
    );
  }
}

export class WindowEventPublisher implements EventPublisher {
  constructor(private readonly target: () => WebContents | undefined) {}

  publish<E extends EventName>(event: E, payload: Parameters<EventPublisher['publish']>[1]): void {
    const contents = this.target();
    if (contents && !contents.isDestroyed())
      contents.send(eventChannel(event), checkedPayload(event, payload as never));
  }
}
