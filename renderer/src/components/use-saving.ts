import { useRef, useState } from 'react';

/**
 * A form's save in flight, for FormActions. `whileSaving` runs one save at a time: a submit that
 * comes while one runs (Enter pressed twice before React re-renders the disabled button) is
 * dropped and answers undefined, so nothing is stored or queued twice.
 */
export function useSaving(): {
  saving: boolean;
  whileSaving: <T>(save: () => Promise<T>) => Promise<T | undefined>;
} {
  // The ref answers at once; the state only after the next render.
  const running = useRef(false);
  const [saving, setSaving] = useState(false);
  const whileSaving = async <T>(save: () => Promise<T>): Promise<T | undefined> => {
    if (running.current) return undefined;
    running.current = true;
    setSaving(true);
    try {
      return await save();
    } finally {
      running.current = false;
      setSaving(false);
    }
  };
  return { saving, whileSaving };
}
