/**
 * What the page suites check of every self-contained HTML page in a real browser: that it loads
 * with no error and no request, fits the screen without a page-level horizontal scroll, keeps its
 * headings in order and its table headers scoped, and that every piece of text it shows has a
 * contrast of at least 4.5:1 against what is behind it (WCAG 2.2, 1.4.3, for text of any size).
 */
/// <reference lib="dom" />
// (the functions given to page.evaluate and page.$$eval run in the browser)
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export interface PageView {
  readonly page: Page;
  /** Console errors and uncaught exceptions. */
  readonly errors: string[];
  /** Every request the page made, data: URLs aside. */
  readonly requests: string[];
}

/** Opens `html` in a new page `width` pixels wide. */
export async function openPage(browser: Browser, html: string, width: number): Promise<PageView> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
  });
  page.on('requestfailed', (r) => errors.push(`${r.url()} ${r.failure()?.errorText}`));
  await page.setContent(html, { waitUntil: 'load' });
  return { page, errors, requests };
}

/** [scrollWidth, clientWidth] of the document: the page scrolls sideways when the first is larger. */
export function pageWidths(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
}

/** Heading levels in document order (1 for h1). */
export function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
}

/** Headings out of order: a level more than one below the heading before it, or not one h1. */
export function headingProblems(levels: readonly number[]): string[] {
  const problems: string[] = [];
  if (levels.filter((l) => l === 1).length !== 1 || levels[0] !== 1)
    problems.push(`one h1 first expected, got ${levels.join(',')}`);
  for (let i = 1; i < levels.length; i++)
    if (levels[i]! > levels[i - 1]! + 1) problems.push(`h${levels[i - 1]} then h${levels[i]}`);
  return problems;
}

/** Table header cells without a scope attribute. */
export function unscopedHeaders(page: Page): Promise<string[]> {
  return page.$$eval('th:not([scope])', (ths) => ths.map((t) => t.outerHTML.slice(0, 80)));
}

/**
 * The contrast check, as page source: tsx compiles a function with inner named functions into
 * code that calls its own helper (__name), which the page does not have.
 */
const LOW_CONTRAST = `(min) => {
  const parse = (css) => {
    const m = /rgba?\\(([^)]+)\\)/.exec(css);
    if (m === null) return null;
    const p = m[1].split(/[\\s,/]+/).filter((x) => x !== '').map(Number);
    return [p[0], p[1], p[2], p[3] ?? 1];
  };
  const over = (top, under) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat([1]);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e !== null; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c !== null && c[3] > 0) {
        layers.push(c);
        if (c[3] === 1) break;
      }
    }
    let colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const bad = [];
  for (const el of document.querySelectorAll('body *')) {
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (text === '' || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    const ink = parse(el instanceof SVGElement ? style.fill : style.color);
    if (ink === null) continue;
    const back = background(el);
    const fore = over(ink, back);
    const [hi, lo] = [luminance(fore), luminance(back)].sort((x, y) => y - x);
    const ratio = (hi + 0.05) / (lo + 0.05);
    if (ratio < min) bad.push(ratio.toFixed(2) + ' ' + el.tagName + ' "' + text.slice(0, 40) + '"');
  }
  return bad;
}`;

/** Visible texts whose contrast with their background is below `min`, with the ratio. */
export function lowContrast(page: Page, min = 4.5): Promise<string[]> {
  return page.evaluate(`(${LOW_CONTRAST})(${min})`);
}

/** A colour as the browser computes it: an SVG shape's fill, an HTML element's background. */
export function coloursOf(
  page: Page,
  selector: string,
): Promise<Array<[key: string, colour: string]>> {
  return page.$$eval(selector, (els) =>
    els.map((e) => {
      const style = getComputedStyle(e);
      const key = e.getAttribute('data-cat') ?? e.getAttribute('data-type') ?? '';
      return [key, e instanceof SVGElement ? style.fill : style.backgroundColor] as [
        string,
        string,
      ];
    }),
  );
}

/** Colours by key; a key drawn in two colours keeps both. */
export function byKey(pairs: ReadonlyArray<readonly [string, string]>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [key, colour] of pairs) {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(colour);
  }
  return map;
}

/**
 * A full-page screenshot in .tmp/ (the artifacts of the browser suites), and a copy in the
 * directory named by RINGFENCE_SHOTS when it is set.
 */
export async function screenshot(page: Page, file: string): Promise<string> {
  const dir = new URL('../../.tmp/', import.meta.url);
  mkdirSync(dir, { recursive: true });
  const path = new URL(file, dir).pathname;
  await page.screenshot({ path, fullPage: true });
  const copy = process.env.RINGFENCE_SHOTS;
  if (copy !== undefined && copy !== '') {
    mkdirSync(copy, { recursive: true });
    copyFileSync(path, `${copy}/${file}`);
  }
  return path;
}
