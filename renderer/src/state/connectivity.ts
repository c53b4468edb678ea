import { useEffect } from 'react';
import { create } from 'zustand';
import { call, subscribe } from '../api/client';

interface ConnectivityState {
  online: boolean;
}

export const useConnectivity = create<ConnectivityState>(() => ({ online: navigator.onLine }));

/** Keeps the online flag in step with what main reports (and with the browser's own events as a fallback). */
export function useConnectivitySync(): void {
  useEffect(() => {
    let active = true;
    void call('app.status').then((result) => {
      if (active && result.ok) useConnectivity.setState({ online: result.value.online });
    });
    const unsubscribe = subscribe('app.status', (status) => useConnectivity.setState({ online: status.online }));
    const onOnline = (): void => useConnectivity.setState({ online: true });
    const onOffline = (): void => useConnectivity.setState({ online: false });
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
    return () => {
      active = false;
      unsubscribe();
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
    };
  }, []);
}
