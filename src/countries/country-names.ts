/**
 * Reads a country column: ISO 3166 alpha-2 ("EG"), alpha-3 ("EGY") or a country name in the
 * languages of the most exposed countries ("Egypt", "Égypte", "مصر"), into a phone-engine region
 * index. Dumps repeat a handful of distinct values millions of times, so lookups are cached.
 */
import countries from 'i18n-iso-countries';

const NAME_LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'pt', 'tr', 'ru', 'ar', 'id', 'hi'];

/** Extra spellings that dumps use and Intl does not produce. */
const ALIASES: Record<string, string> = {
  uk: 'GB',
  usa: 'US',
  'united states of america': 'US',
  america: 'US',
  ksa: 'SA',
  uae: 'AE',
  'great britain': 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  russia: 'RU',
  'south korea': 'KR',
  'north korea': 'KP',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  turkey: 'TR',
  palestine: 'PS',
  'hong kong': 'HK',
  macau: 'MO',
};

function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export class RegionMapper {
  private readonly byName = new Map<string, number>();
  private readonly cache = new Map<string, number>();

  /** `regionIds[i]` is the ISO code of engine region index i. */
  constructor(regionIds: readonly string[]) {
    const index = new Map<string, number>();
    regionIds.forEach((id, i) => index.set(id, i));
    const add = (key: string, id: string | undefined): void => {
      if (id === undefined) return;
      const i = index.get(id);
      if (i !== undefined && key !== '' && !this.byName.has(key)) this.byName.set(key, i);
    };
    for (const id of regionIds) {
      if (!/^[A-Z]{2}$/.test(id)) continue;
      add(id.toLowerCase(), id);
      add(countries.alpha2ToAlpha3(id)?.toLowerCase() ?? '', id);
    }
    for (const language of NAME_LANGUAGES) {
      const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
      for (const id of regionIds) {
        if (!/^[A-Z]{2}$/.test(id)) continue;
        const name = names.of(id);
        if (name !== undefined) add(normaliseName(name), id);
      }
    }
    for (const [alias, id] of Object.entries(ALIASES)) add(alias, id);
  }

  /** Region index of a country value, -1 when it names no region. */
  lookup(value: string): number {
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached;
    const found = this.byName.get(normaliseName(value)) ?? -1;
    if (this.cache.size < 100_000) this.cache.set(value, found);
    return found;
  }
}
