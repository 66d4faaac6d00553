// ISO 3166-1 countries: the alpha-2 code the product shows and keys by, from the alpha-3 code a TADIG starts
// with or the numeric code Natural Earth's map keys its shapes by, and the English name. Only the English names
// are loaded (the package's Node entry would register every language: about 1 MB).
import * as isoCountries from 'i18n-iso-countries/index';
import english from 'i18n-iso-countries/langs/en.json';

isoCountries.registerLocale(english);

export interface Country {
  /** ISO 3166-1 alpha-2, upper case: `MT`. */
  readonly iso2: string;
  readonly iso3: string;
  /** English short name: `Malta`. */
  readonly name: string;
}

function country(iso2: string | undefined): Country | undefined {
  if (iso2 === undefined) return undefined;
  const iso3 = isoCountries.alpha2ToAlpha3(iso2);
  const name = isoCountries.getName(iso2, 'en');
  return iso3 && name ? { iso2, iso3, name } : undefined;
}

/** `MLT` → Malta; undefined for a code ISO 3166-1 does not assign (today). */
export function countryByAlpha3(code: string): Country | undefined {
  return /^[A-Za-z]{3}$/.test(code) ? country(isoCountries.alpha3ToAlpha2(code.toUpperCase())) : undefined;
}

export function countryByAlpha2(code: string): Country | undefined {
  return /^[A-Za-z]{2}$/.test(code) ? country(code.toUpperCase()) : undefined;
}

/** `470` (or `"470"`) → Malta: how world-atlas names its country shapes. */
export function countryByNumeric(code: string | number): Country | undefined {
  return country(isoCountries.numericToAlpha2(code));
}
