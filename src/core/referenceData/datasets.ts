// Where the bundled reference data comes from, for the messages, the README and a hover to name. Nothing is
// fetched at run time: each dataset is an npm package pinned to one version and bundled with the code, so its
// date is the date of that version (the day it was published), not the day the code runs.

export interface DatasetInfo {
  readonly name: string;
  readonly version: string;
  /** The day the pinned version was published (ISO date). */
  readonly date: string;
  readonly source: string;
  readonly licence: string;
}

/** Operators by MCC/MNC with their status, scraped by the package from Wikipedia's "Mobile country code" pages. */
export const MCC_MNC_DATASET: DatasetInfo = {
  name: 'mcc-mnc-list',
  version: '1.1.11',
  date: '2024-12-13',
  source: 'Wikipedia, "Mobile country code" (via the mcc-mnc-list package)',
  licence: 'MIT (package); Wikipedia text CC BY-SA 4.0',
};

/** ISO 3166-1 alpha-2, alpha-3 and numeric codes, and English country names. */
export const COUNTRY_DATASET: DatasetInfo = {
  name: 'i18n-iso-countries',
  version: '7.14.0',
  date: '2025-07-17',
  source: 'ISO 3166-1 (via the i18n-iso-countries package)',
  licence: 'MIT',
};

/** "mcc-mnc-list 1.1.11 of 2024-12-13": how a message names the data it judged by. */
export function datasetLabel(dataset: DatasetInfo): string {
  return `${dataset.name} ${dataset.version} of ${dataset.date}`;
}
