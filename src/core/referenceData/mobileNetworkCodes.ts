// MCC/MNC (ITU-T E.212) of an operator network, from the bundled mcc-mnc-list dataset. The dataset knows no TADIG
// codes, and TADIG ↔ MCC/MNC is many-to-many (one operator holds several MNCs; a TADIG can be reached under more
// than one), so every answer is a set:
// - when the account's network list gives the network's MCC/MNC, that pair, with what the dataset says of it;
// - otherwise the dataset's networks in the TADIG code's country whose brand or operator name matches the
//   network's operator name (`GO Malta` → brand `GO`: 278 21 and 278 30). A name that matches nothing gives an
//   empty set, never a guess from another country.
// The index is built once, on first use, from the data file the build writes (`mcc-mnc.json`: the package's
// records with only the fields below, see dataFiles.ts), and holds each record once (about 3,000).
import { DATA_FILES, readDataRows } from './dataFiles';
import { datasetLabel, MCC_MNC_DATASET } from './datasets';
import { countryOfTadig } from './tadigCountry';

export interface MobileNetworkCode {
  readonly mcc: string;
  readonly mnc: string;
  /** What the dataset calls it (brand, else operator); empty when the dataset does not list the pair. */
  readonly name: string;
  /** The dataset's status (`Operational`, `Not operational`, …); empty when the dataset does not list the pair. */
  readonly status: string;
  /** Where the pair came from. */
  readonly from: 'network list' | 'dataset';
}

/** A network as the account's network list (or a group's operator rows) describes it. */
export interface NetworkDescription {
  readonly tadigCode: string;
  readonly operatorName?: string;
  readonly mcc?: string;
  readonly mnc?: string;
}

interface DatasetRecord {
  readonly countries: readonly string[];
  readonly mcc: string;
  readonly mnc: string;
  readonly brand: string;
  readonly operator: string;
  readonly status: string;
}

interface DatasetIndex {
  readonly byCode: ReadonlyMap<string, readonly DatasetRecord[]>;
  readonly byCountry: ReadonlyMap<string, readonly DatasetRecord[]>;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
const codeKey = (mcc: string, mnc: string): string => `${mcc}-${mnc}`;

let index: DatasetIndex | undefined;

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function datasetIndex(): DatasetIndex {
  if (index) return index;
  const byCode = new Map<string, DatasetRecord[]>();
  const byCountry = new Map<string, DatasetRecord[]>();
  for (const raw of readDataRows(DATA_FILES.mccMnc, ['countryCode', 'mcc', 'mnc', 'brand', 'operator', 'status'])) {
    const record: DatasetRecord = {
      // Some rows cover several territories: `BL/GF/GP/MF/MQ`.
      countries: text(raw.countryCode).toUpperCase().split('/').filter((code) => /^[A-Z]{2}$/.test(code)),
      mcc: text(raw.mcc), mnc: text(raw.mnc), brand: text(raw.brand), operator: text(raw.operator), status: text(raw.status),
    };
    if (record.mcc === '' || record.mnc === '') continue;
    const key = codeKey(record.mcc, record.mnc);
    append(byCode, key, record);
    for (const country of record.countries) append(byCountry, country, record);
  }
  index = { byCode, byCountry };
  return index;
}

/** Lower case, accents and punctuation gone, as words: `Telefónica (O2)` → `telefonica o2`. */
function words(name: string): string[] {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
}

/** Whether `part`'s words appear in `whole`, in order and side by side. */
function containsWords(whole: readonly string[], part: readonly string[]): boolean {
  if (part.length === 0 || part.length > whole.length) return false;
  for (let start = 0; start + part.length <= whole.length; start += 1) {
    if (part.every((word, offset) => whole[start + offset] === word)) return true;
  }
  return false;
}

function namesMatch(operatorName: string, record: DatasetRecord): boolean {
  const wanted = words(operatorName);
  return [record.brand, record.operator].some((name) => {
    const candidate = words(name);
    return containsWords(wanted, candidate) || containsWords(candidate, wanted);
  });
}

function fromRecord(record: DatasetRecord): MobileNetworkCode {
  return { mcc: record.mcc, mnc: record.mnc, name: record.brand || record.operator, status: record.status, from: 'dataset' };
}

/** The network's MCC/MNC pairs: the network list's when it gives them, else the dataset's by country and name. */
export function mobileCodesOf(network: NetworkDescription): MobileNetworkCode[] {
  const { byCode, byCountry } = datasetIndex();
  const mcc = text(network.mcc);
  const mnc = text(network.mnc);
  if (mcc !== '' && mnc !== '') {
    const known = byCode.get(codeKey(mcc, mnc))?.[0];
    return [{ mcc, mnc, name: known ? known.brand || known.operator : '', status: known?.status ?? '', from: 'network list' }];
  }
  const country = countryOfTadig(network.tadigCode).country;
  const operatorName = text(network.operatorName);
  if (!country || operatorName === '') return [];
  const found = new Map<string, MobileNetworkCode>();
  for (const record of byCountry.get(country.iso2) ?? []) {
    const key = codeKey(record.mcc, record.mnc);
    if (!found.has(key) && namesMatch(operatorName, record)) found.set(key, fromRecord(record));
  }
  return [...found.values()];
}

export const NOT_OPERATIONAL = 'Not operational';

/**
 * A warning when the dataset marks every MCC/MNC the network has as not operational (a network with one
 * operational code among several is still running); undefined when it does not, or when it knows none.
 */
export function notOperationalMessage(network: NetworkDescription): string | undefined {
  const codes = mobileCodesOf(network).filter((code) => code.status !== '');
  if (codes.length === 0 || codes.some((code) => code.status !== NOT_OPERATIONAL)) return undefined;
  const pairs = codes.map((code) => `${code.mcc} ${code.mnc}${code.name ? ` (${code.name})` : ''}`).join(', ');
  const name = text(network.operatorName);
  return `${network.tadigCode.trim().toUpperCase()}${name ? ` (${name})` : ''}: ${datasetLabel(MCC_MNC_DATASET)} marks MCC/MNC ${pairs} as not operational; check with the supplier that the network still carries traffic.`;
}
