import { useEffect, useRef } from 'react';

/**
 * When a form or confirmation closes, keyboard focus would otherwise fall to
 * the page's start; this puts it back on the button that opened it.
 */
export function useReturnFocus<E extends HTMLElement>(open: boolean) {
  const triggerRef = useRef<E>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (wasOpen.current && !open) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return triggerRef;
}
