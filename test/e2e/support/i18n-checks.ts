import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The checks issue 15's walks run on each screen: English left on a translated screen, axe's serious
 * findings, and text cut off by its box (the pseudo-locale is about a third longer than English).
 */

/**
 * Latin words allowed on an Arabic screen: names of products and services, the format names people see,
 * and the menu QuestionPro itself shows in English where its API key is found ("Integrations → API").
 */
const NAMES = new Set([
  'Outpost',
  'QuestionPro',
  'QMob',
  'CSV',
  'JSON',
  'Alt',
  'HTTP',
  'UTC',
  'MB',
  'UTF',
  'Integrations',
]);
/** The technical words the field names carry (no_password, group_id), shown as they are typed into QMob. */
const TECHNICAL = /^(?:no_password|overwrite|group_id)$/;

/**
 * Every visible piece of text that is Outpost's own: survey content, names, server words and data are
 * marked translate="no" (or sit in <bdi>) and are left out; so are the labels of form controls that
 * name survey content. Returns each text node and user-visible attribute with the words found.
 */
function ownTexts(scopes: readonly string[]): { text: string; where: string }[] {
  // <time>: a date is written by Intl in the locale's own words, not by the catalogue.
  const exempt = (element: Element | null): boolean =>
    element?.closest('[translate="no"], bdi, time, script, style') != null;
  const visible = (element: Element): boolean => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return style.visibility !== 'hidden' && style.display !== 'none' && box.width > 0 && box.height > 0;
  };
  const found: { text: string; where: string }[] = [];
  const inScope = (scope: string): Element[] => {
    const elements = [...document.querySelectorAll(scope)];
    if (elements.length === 0) throw new Error(`${scope} is not on screen`);
    return elements;
  };
  const roots = scopes.length > 0 ? scopes.flatMap(inScope) : [document.body];
  for (const root of roots) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || text === '' || exempt(parent) || !visible(parent) || parent.closest('.visually-hidden, option'))
        continue;
      found.push({ text, where: parent.tagName.toLowerCase() + (parent.className ? `.${parent.className}` : '') });
    }
    for (const element of [root, ...root.querySelectorAll('[aria-label], [title], [placeholder]')]) {
      if (exempt(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name);
        if (value) found.push({ text: value, where: `${element.tagName.toLowerCase()}[${name}]` });
      }
    }
  }
  return found;
}

export async function englishLeft(
  page: Page,
  names: readonly string[],
  scopes: readonly string[] = [],
): Promise<string[]> {
  const texts = await page.evaluate(ownTexts, scopes);
  // A name is allowed whole (a sample field's alias, site_code) and word by word.
  const allowed = new Set([...NAMES, ...names, ...names.flatMap((name) => name.split(/[^A-Za-z]+/))]);
  return texts
    .filter(({ text }) =>
      (text.match(/[A-Za-z]{2,}(?:_[A-Za-z]+)*/g) ?? []).some((word) => !allowed.has(word) && !TECHNICAL.test(word)),
    )
    .map(({ text, where }) => `${where}: ${text}`);
}

export async function seriousViolations(page: Page, scopes: readonly string[] = []): Promise<string[]> {
  const scan = await scopes.reduce((axe, scope) => axe.include(scope), new AxeBuilder({ page })).analyze();
  return scan.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length})`);
}

/** Where to look for cut text, and what must be there to be measured (rows that exist at that moment). */
export interface ClipTarget {
  root: string;
  /** Each selector must match at least one element inside root, or the check reports it as not read. */
  mustRead?: readonly string[];
}

/**
 * Elements whose text is cut, for every element a person reads a label or words from: wider content than
 * its box, or taller than a box that hides what overflows (a line clamp). Outpost's own words are never
 * cut. Data (translate="no": a name, an e-mail) may end in "…" in a narrow column when its whole text is
 * its tooltip, the app's one pattern for cut data; the pseudo-locale does not change data anyway.
 */
export function clipped(target: string | ClipTarget): string[] {
  const { root, mustRead = [] } = typeof target === 'string' ? { root: target } : target;
  const scope = document.querySelector(root);
  if (!scope) return [`${root} is not on screen`];
  const notRead = mustRead
    .filter((selector) => scope.querySelector(selector) === null)
    .map((selector) => `nothing matching ${selector} in ${root} to measure`);
  const selector =
    'button, label, h1, h2, h3, h4, legend, th, td, summary, dt, dd, p, a, option, .state-badge, [role="columnheader"], [role="cell"], .outbox-row-title, .outbox-row-sub, .outbox-row-age';
  const scrolls = (overflow: string): boolean => overflow === 'auto' || overflow === 'scroll';
  const hides = (overflow: string): boolean => overflow === 'hidden' || overflow === 'clip';
  const cutData = (element: HTMLElement, style: CSSStyleDeclaration): boolean =>
    element.closest('[translate="no"]') !== null &&
    style.textOverflow === 'ellipsis' &&
    element.title.trim() === (element.textContent ?? '').trim();
  const found = [...scope.querySelectorAll<HTMLElement>(selector)].flatMap((element) => {
    if (element.clientWidth === 0) return [];
    const style = getComputedStyle(element);
    const wide = !scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
    const tall =
      (hides(style.overflowY) || style.webkitLineClamp !== 'none') &&
      !scrolls(style.overflowY) &&
      element.scrollHeight > element.clientHeight + 1;
    if ((!wide && !tall) || cutData(element, style)) return [];
    const size = wide
      ? `${element.scrollWidth}>${element.clientWidth} wide`
      : `${element.scrollHeight}>${element.clientHeight} tall`;
    return [`${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 60)}” ${size}`];
  });
  return [...notRead, ...found];
}
