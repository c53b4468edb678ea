import { expect, test, type Locator, type Page } from '@playwright/test';
import { createList, usePracticeQmob } from './support/roster-ui';

/**
 * Issue 14's Ugly item: the sample-field Type select sat over the Alias input, and its accessible
 * name was "TypeTextWhole number" (its label wrapped it, lending it the options' text). Each control
 * of the new-field row has its own name and its own room, in a wide window and in a narrow one.
 */

async function openEditor(page: Page): Promise<Locator> {
  const editor = page.locator('details', { hasText: 'Sample fields of ' });
  if ((await editor.getAttribute('open')) === null) await editor.locator('summary').click();
  return editor;
}

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Pairs of boxes that share any area (a control drawn over another). */
function overlapping(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) found.push(`${a.name} × ${b.name}`);
    }),
  );
  return found;
}

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 800, height: 700 },
]) {
  test(`at ${viewport.width}×${viewport.height} each control of the new sample field has its own name and room`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/#/roster');
    const accountLabel = await usePracticeQmob(page);
    await createList(page, 'Layout', '1001', { accountLabel });
    const editor = await openEditor(page);

    const controls = {
      alias: editor.getByRole('textbox', { name: 'Alias', exact: true }),
      type: editor.getByRole('combobox', { name: 'Type', exact: true }),
      required: editor.getByRole('checkbox', { name: 'Required', exact: true }),
      add: editor.getByRole('button', { name: 'Add sample field', exact: true }),
    };
    const boxes: Box[] = [];
    for (const [name, control] of Object.entries(controls)) {
      await expect(control, name).toBeVisible();
      const box = await control.boundingBox();
      if (!box) throw new Error(`${name} has no box`);
      boxes.push({ name, ...box });
    }
    expect(overlapping(boxes)).toEqual([]);
    // Each control fits inside the editor: nothing sticks out of the panel.
    const panel = await editor.boundingBox();
    if (!panel) throw new Error('the editor has no box');
    for (const box of boxes) expect(box.x + box.width, box.name).toBeLessThanOrEqual(panel.x + panel.width + 1);

    // The controls work by those names: a whole-number field is added.
    await controls.alias.fill('household_size');
    await controls.type.selectOption({ label: 'Whole number' });
    await controls.add.click();
    await expect(editor.getByRole('listitem').filter({ hasText: 'household_size' })).toContainText('whole number');
  });
}
