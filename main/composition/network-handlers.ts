import type { Handlers } from '../ipc/dispatcher';
import type { NetworkService } from '../network/network-service';

export function createNetworkHandlers(
  network: NetworkService,
): Pick<Handlers, 'network.status' | 'network.save' | 'network.signIn' | 'network.signOut'> {
  return {
    'network.status': () => network.status(),
    'network.save': (settings) => network.save(settings),
    'network.signIn': (input) => network.signIn(input),
    'network.signOut': ({ proxy }) => network.signOut(proxy),
  };
}
