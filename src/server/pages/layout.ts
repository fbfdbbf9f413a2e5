/**
 * What every page of the web app shares: the skip link, the header with the site's navigation,
 * the footer, and one stylesheet served from the same origin (/app.css, built from web/app.css).
 * Pages are server-rendered strings: they run no script of their own (only the check page loads
 * check.js), so each works without JavaScript and under a CSP that allows no inline script.
 *
 * Every string that comes from the data or from a request is escaped (escapeHtml) before it
 * reaches the markup; the markup written here is constant.
 */
import { escapeHtml, type SiteFrame } from '../../report/index.js';

export const STYLESHEET_PATH = '/app.css';

/** The skip link's target: every page's <main>. */
export const MAIN_ID = 'main';

export type NavPath = '/' | '/message' | '/leaks' | '/compare' | '/about';

const NAV: ReadonlyArray<readonly [NavPath, string]> = [
  ['/', 'Check my number'],
  ['/message', 'Is this a scam?'],
  ['/leaks', 'Leaks'],
  ['/compare', 'Compare'],
  ['/about', 'About'],
];

/** The skip link and the site header; `current` is marked for screen readers and the eye. */
export function siteHeader(current: NavPath | null): string {
  const items = NAV.map(
    ([href, label]) =>
      `<li><a href="${href}"${href === current ? ' aria-current="page"' : ''}>${label}</a></li>`,
  );
  return [
    `<a class="skip-link" href="#${MAIN_ID}">Skip to content</a>`,
    '<header class="site-header">',
    '<div class="site-bar">',
    '<a class="site-brand" href="/">ringfence</a>',
    '<nav class="site-nav" aria-label="Main">',
    `<ul>${items.join('')}</ul>`,
    '</nav>',
    '</div>',
    '</header>',
  ].join('\n');
}

export function siteFooter(): string {
  return [
    '<footer class="site-footer">',
    '<p>ringfence: phone-number leak intelligence, open source. No cookies, no trackers, no',
    'requests to anyone else. <a href="/about">What this server learns</a> ·',
    '<a href="/docs">API</a></p>',
    '</footer>',
  ].join('\n');
}

export function stylesheetLink(): string {
  return `<link rel="stylesheet" href="${STYLESHEET_PATH}">`;
}

/** The frame the analyst's pages (src/report) are rendered in when the app serves them. */
export function siteFrame(current: NavPath | null, mainStart?: string): SiteFrame {
  return {
    head: stylesheetLink(),
    header: siteHeader(current),
    footer: siteFooter(),
    mainId: MAIN_ID,
    ...(mainStart === undefined ? {} : { mainStart }),
  };
}

export interface PageOptions {
  /** The document title, plain text (escaped here). */
  readonly title: string;
  readonly current: NavPath | null;
  /** The content of <main>, already HTML: it starts with the page's one h1. */
  readonly body: string;
  /** A wider column, for tables. */
  readonly wide?: boolean;
}

/** A complete page of the app. */
export function renderPage(options: PageOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(options.title)} · ringfence</title>
${stylesheetLink()}
</head>
<body class="app">
${siteHeader(options.current)}
<main id="${MAIN_ID}" class="app-main${options.wide === true ? ' wide' : ''}" tabindex="-1">
${options.body}
</main>
${siteFooter()}
</body>
</html>
`;
}

/** A number as people read it in English: 1,234,567. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
