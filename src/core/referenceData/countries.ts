// ISO 3166-1 countries: the alpha-2 code the product shows and keys by, from the alpha-3 code a TADIG starts
// with or the numeric code Natural Earth's map keys its shapes by, and the English name. The build writes the
// codes and English names of i18n-iso-countries as a data file (`countries.json`, see dataFiles.ts), read on the
// first lookup; the lookups are the package's own (alpha2ToAlpha3, alpha3ToAlpha2, numericToAlpha2, getName 'en').
import { DATA_FILES, readDataRows } from './dataFiles';

export interface Country {
  /** ISO 3166-1 alpha-2, upper case: `MT`. */
  readonly iso2: string;
  readonly iso3: string;
  /** English short name: `Malta`. */
  readonly name: string;
}

interface CountryIndex {
  readonly byAlpha2: ReadonlyMap<string, Country>;
  readonly alpha2ByAlpha3: ReadonlyMap<string, string>;
  readonly alpha2ByNumeric: ReadonlyMap<string, string>;
}

let index: CountryIndex | undefined;

function countryIndex(): CountryIndex {
  if (index) return index;
  const byAlpha2 = new Map<string, Country>();
  const alpha2ByAlpha3 = new Map<string, string>();
  const alpha2ByNumeric = new Map<string, string>();
  for (const row of readDataRows(DATA_FILES.countries, ['iso2', 'iso3', 'numeric', 'name'])) {
    const [iso2, iso3, numeric, name] = [row.iso2, row.iso3, row.numeric, row.name].map((value) => (typeof value === 'string' ? value : ''));
    if (iso2 === '') continue;
    if (iso3 !== '') alpha2ByAlpha3.set(iso3, iso2);
    if (numeric !== '') alpha2ByNumeric.set(numeric, iso2);
    if (iso3 !== '' && name !== '') byAlpha2.set(iso2, { iso2, iso3, name });
  }
  index = { byAlpha2, alpha2ByAlpha3, alpha2ByNumeric };
  return index;
}

function country(iso2: string | undefined): Country | undefined {
  return iso2 === undefined ? undefined : countryIndex().byAlpha2.get(iso2);
}

/** `MLT` → Malta; undefined for a code ISO 3166-1 does not assign (today). */
export function countryByAlpha3(code: string): Country | undefined {
  return /^[A-Za-z]{3}$/.test(code) ? country(countryIndex().alpha2ByAlpha3.get(code.toUpperCase())) : undefined;
}

export function countryByAlpha2(code: string): Country | undefined {
  return /^[A-Za-z]{2}$/.test(code) ? country(code.toUpperCase()) : undefined;
}

/** `470` (or `"470"`, `4`, `"004"`) → Malta: how world-atlas names its country shapes. Padded to three digits as the package does. */
export function countryByNumeric(code: string | number): Country | undefined {
  return country(countryIndex().alpha2ByNumeric.get(String(`000${code ? code : ''}`).slice(-3)));
}
