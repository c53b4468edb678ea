/** Practice accounts point at the sandbox on this computer; nothing sent there reaches a real study. */
export function PracticeBadge() {
  return (
    <span
      className="practice-badge"
      data-testid="practice-badge"
      title="Practice: data goes to the sandbox on this computer, not to a real study"
    >
      Practice
    </span>
  );
}
