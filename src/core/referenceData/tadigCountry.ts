// The country of a TADIG code. GSMA TD.13 builds a TADIG code from the ISO 3166-1 alpha-3 code of the network's
// country and two characters of the operator's (`MLTTL`: Malta). Some prefixes name no ISO country: TD.13's
// non-terrestrial networks (`AA…`), worldwide ones (`WW…`), codes kept from before ISO withdrew a country
// (`YUG`, Yugoslavia) and allocations outside ISO 3166 (`K00…`). Such codes are real and valid on the platform,
// so they are reported as warnings that say why no country is shown — never as a refusal. A few prefixes are the
// alpha-3 code a country had when its networks got their codes, and still name it (`ROM…`: Romania, ROU since 2002).
import { COUNTRY_DATASET, datasetLabel } from './datasets';
import { countryByAlpha3, type Country } from './countries';

export interface TadigCountryNote {
  /** Stable, for quick fixes and tests: `tadig-non-terrestrial`, `tadig-worldwide`, `tadig-withdrawn-country`, `tadig-not-iso`, `tadig-unknown-country`. */
  readonly code: string;
  readonly message: string;
}

export type TadigCountry =
  | { readonly country: Country; readonly note?: undefined }
  | { readonly country?: undefined; readonly note: TadigCountryNote };

const SPECIAL_PREFIXES: ReadonlyArray<{ readonly test: (code: string) => boolean; readonly code: string; readonly reason: string }> = [
  { test: (code) => code.startsWith('AA'), code: 'tadig-non-terrestrial', reason: 'AA… is the GSMA TD.13 prefix of non-terrestrial networks (satellite, maritime, aviation), which have no country' },
  { test: (code) => code.startsWith('WW'), code: 'tadig-worldwide', reason: 'WW… names a worldwide network, not a country' },
  { test: (code) => code.startsWith('YUG'), code: 'tadig-withdrawn-country', reason: 'YUG is the code of former Yugoslavia, withdrawn from ISO 3166-1; TD.13 still has networks under it' },
  { test: (code) => code.startsWith('K00'), code: 'tadig-not-iso', reason: 'K00 is a TD.13 allocation outside ISO 3166-1' },
];

/** Prefixes kept from a country's earlier alpha-3 code, with the code ISO 3166-1 gives it today. */
const EARLIER_ALPHA3: Readonly<Record<string, string>> = { ROM: 'ROU' };

/** Countries by prefix, remembered: a coverage of 250,000 networks asks for a few hundred prefixes. */
const countryByPrefix = new Map<string, Country | null>();
/** Prefixes are three characters, so this is never reached by real data; it keeps made-up input bounded. */
const REMEMBERED_PREFIXES = 10_000;

/**
 * The country of a TADIG code that is already trimmed and upper case, or undefined when its prefix names none
 * (`countryOfTadig` says why): the fast path for computing coverage.
 */
export function countryOfCanonicalTadig(code: string): Country | undefined {
  const prefix = code.slice(0, 3);
  let country = countryByPrefix.get(prefix);
  if (country === undefined) {
    country = countryOfTadig(prefix).country ?? null;
    if (countryByPrefix.size < REMEMBERED_PREFIXES) countryByPrefix.set(prefix, country);
  }
  return country ?? undefined;
}

/** The country a TADIG code's first three letters name, or a note saying why there is none. */
export function countryOfTadig(tadigCode: string): TadigCountry {
  const code = tadigCode.trim().toUpperCase();
  const special = SPECIAL_PREFIXES.find((prefix) => prefix.test(code));
  if (special) return { note: { code: special.code, message: `${code}: no country shown — ${special.reason}.` } };
  const prefix = code.slice(0, 3);
  const country = countryByAlpha3(EARLIER_ALPHA3[prefix] ?? prefix);
  if (country) return { country };
  return {
    note: {
      code: 'tadig-unknown-country',
      message: `${code}: "${prefix}" is not an ISO 3166-1 alpha-3 country code (${datasetLabel(COUNTRY_DATASET)}), so no country is shown; check the code if it should name one.`,
    },
  };
}
