/** The line under a field: always present (so typing never shifts the page), filled when something is wrong. */
export function Problem({ id, text }: { id: string; text: string | null }) {
  return (
    <p id={id} className="field-problem" aria-live="polite" dir="auto">
      {text ?? ''}
    </p>
  );
}
