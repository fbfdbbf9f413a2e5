/**
 * A region's English name for reports: `GB` -> "United Kingdom", `001` (the non-geographic
 * numbers of +800, +882...) -> "Non-geographic"; an unknown code is shown as it is.
 */
let names: Intl.DisplayNames | undefined;

export function regionName(region: string): string {
  if (region === '001') return 'Non-geographic';
  // Made on first use: its locale data takes 20 ms to load, at the start of every thread.
  names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  try {
    return names.of(region) ?? region;
  } catch {
    return region;
  }
}
