import type { KeyboardEvent } from 'react';

/**
 * Fast hands: inside a question, number keys pick its choices (1 = first) and Enter moves
 * to the next question. Every question, matrix row and contact field is a block marked
 * `data-qblock`; text being typed is never hijacked.
 */

const FOCUSABLE = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';

function isTyping(target: HTMLElement): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox';
}

export function focusBlock(block: Element | null | undefined): boolean {
  if (!block) return false;
  const checked = block.querySelector<HTMLElement>('input[type=radio]:checked');
  const target = checked ?? block.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
  return target !== null;
}

function focusNextBlock(form: HTMLElement, block: HTMLElement): void {
  const blocks = [...form.querySelectorAll<HTMLElement>('[data-qblock]')];
  const index = blocks.indexOf(block);
  for (const next of blocks.slice(index + 1)) if (focusBlock(next)) return;
  form.querySelector<HTMLElement>('[data-finalize]')?.focus();
}

export function handleFormKeys(event: KeyboardEvent<HTMLElement>): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  const block = target.closest<HTMLElement>('[data-qblock]');
  if (!block) return;

  if (/^[1-9]$/.test(event.key) && !isTyping(target)) {
    const options = block.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]');
    const option = options[Number(event.key) - 1];
    if (option) {
      event.preventDefault();
      option.click();
      option.focus();
    }
    return;
  }

  if (
    event.key === 'Enter' &&
    !event.shiftKey &&
    !(target instanceof HTMLTextAreaElement) &&
    !(target instanceof HTMLButtonElement)
  ) {
    event.preventDefault();
    focusNextBlock(event.currentTarget, block);
  }
}
