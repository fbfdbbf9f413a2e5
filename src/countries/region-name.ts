/**
 * A region's English name for reports: `GB` -> "United Kingdom", `001` (the non-geographic
 * numbers of +800, +882...) -> "Non-geographic"; an unknown code is shown as it is.
 */
const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

export function regionName(region: string): string {
  if (region === '001') return 'Non-geographic';
  try {
    return names.of(region) ?? region;
  } catch {
    return region;
  }
}
