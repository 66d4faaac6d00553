// Real European mobile networks (TADIG code, operator, country, MCC/MNC), offered through two suppliers.
// The big operators of each country are reachable through both suppliers, the rest through one, so the same
// TADIG shows up twice in the network list and a destination group may hold it once per supplier.
import type { Network } from '../model';

export const SUPPLIERS: Readonly<Record<string, string>> = {
  '12': 'BICS Global Sponsor',
  '27': 'BICS EU Sponsor',
};

/** tadig, operator, country, ISO country code, MCC, MNC, suppliers (categoryGroupId list) */
type NetworkRow = readonly [string, string, string, string, string, string, readonly string[]];

const BOTH = ['12', '27'] as const;
const FIRST = ['12'] as const;

const NETWORK_ROWS: readonly NetworkRow[] = [
  ['BELPB', 'Proximus', 'Belgium', 'BE', '206', '01', BOTH],
  ['BELMO', 'Orange Belgium', 'Belgium', 'BE', '206', '10', BOTH],
  ['BELKO', 'Telenet (BASE)', 'Belgium', 'BE', '206', '20', FIRST],
  ['NLDPT', 'KPN', 'Netherlands', 'NL', '204', '08', BOTH],
  ['NLDLT', 'Vodafone Netherlands', 'Netherlands', 'NL', '204', '04', FIRST],
  ['NLDDT', 'Odido', 'Netherlands', 'NL', '204', '16', BOTH],
  ['LUXPT', 'POST Luxembourg', 'Luxembourg', 'LU', '270', '01', FIRST],
  ['LUXTG', 'Tango', 'Luxembourg', 'LU', '270', '77', FIRST],
  ['LUXMT', 'Orange Luxembourg', 'Luxembourg', 'LU', '270', '99', FIRST],
  ['DEUD1', 'Telekom Deutschland', 'Germany', 'DE', '262', '01', BOTH],
  ['DEUD2', 'Vodafone Germany', 'Germany', 'DE', '262', '02', BOTH],
  ['DEUE2', 'Telefonica Germany (O2)', 'Germany', 'DE', '262', '07', FIRST],
  ['AUTPT', 'A1 Telekom Austria', 'Austria', 'AT', '232', '01', BOTH],
  ['AUTMM', 'Magenta Telekom', 'Austria', 'AT', '232', '03', FIRST],
  ['AUTCA', 'Hutchison Drei Austria', 'Austria', 'AT', '232', '05', FIRST],
  ['CHEC1', 'Swisscom', 'Switzerland', 'CH', '228', '01', BOTH],
  ['CHEDX', 'Sunrise', 'Switzerland', 'CH', '228', '02', FIRST],
  ['CHEOR', 'Salt Mobile', 'Switzerland', 'CH', '228', '03', FIRST],
  ['FRAF1', 'Orange France', 'France', 'FR', '208', '01', BOTH],
  ['FRAF2', 'SFR', 'France', 'FR', '208', '10', BOTH],
  ['FRAF3', 'Bouygues Telecom', 'France', 'FR', '208', '20', FIRST],
  ['ESPTE', 'Telefonica Espana (Movistar)', 'Spain', 'ES', '214', '07', BOTH],
  ['ESPAT', 'Vodafone Spain', 'Spain', 'ES', '214', '01', FIRST],
  ['ESPRT', 'Orange Spain', 'Spain', 'ES', '214', '03', FIRST],
  ['ESPXF', 'Yoigo', 'Spain', 'ES', '214', '04', FIRST],
  ['PRTTM', 'MEO', 'Portugal', 'PT', '268', '06', FIRST],
  ['PRTTL', 'Vodafone Portugal', 'Portugal', 'PT', '268', '01', BOTH],
  ['PRTOP', 'NOS', 'Portugal', 'PT', '268', '03', FIRST],
  ['ITASI', 'TIM', 'Italy', 'IT', '222', '01', BOTH],
  ['ITAOM', 'Vodafone Italy', 'Italy', 'IT', '222', '10', FIRST],
  ['ITAWI', 'WINDTRE', 'Italy', 'IT', '222', '88', FIRST],
  ['GBRCN', 'O2 UK', 'United Kingdom', 'GB', '234', '10', BOTH],
  ['GBRVF', 'Vodafone UK', 'United Kingdom', 'GB', '234', '15', FIRST],
  ['GBRME', 'EE', 'United Kingdom', 'GB', '234', '30', BOTH],
  ['GBRHU', 'Three UK', 'United Kingdom', 'GB', '234', '20', FIRST],
  ['IRLEC', 'Vodafone Ireland', 'Ireland', 'IE', '272', '01', FIRST],
  ['IRLH3', 'Three Ireland', 'Ireland', 'IE', '272', '05', FIRST],
  ['IRLME', 'eir', 'Ireland', 'IE', '272', '03', FIRST],
  ['DNKTD', 'TDC', 'Denmark', 'DK', '238', '01', BOTH],
  ['DNKDM', 'Telenor Denmark', 'Denmark', 'DK', '238', '02', FIRST],
  ['DNKIA', 'Telia Denmark', 'Denmark', 'DK', '238', '20', FIRST],
  ['DNKHU', '3 Denmark', 'Denmark', 'DK', '238', '06', FIRST],
  ['SWETR', 'Telia Sweden', 'Sweden', 'SE', '240', '01', BOTH],
  ['SWEEP', 'Telenor Sweden', 'Sweden', 'SE', '240', '08', FIRST],
  ['SWEIQ', 'Tele2 Sweden', 'Sweden', 'SE', '240', '07', FIRST],
  ['SWEHU', '3 Sweden', 'Sweden', 'SE', '240', '02', FIRST],
  ['NORTM', 'Telenor Norway', 'Norway', 'NO', '242', '01', BOTH],
  ['NORNC', 'Telia Norway', 'Norway', 'NO', '242', '02', FIRST],
  ['FINTF', 'Telia Finland', 'Finland', 'FI', '244', '91', FIRST],
  ['FINRL', 'Elisa', 'Finland', 'FI', '244', '05', BOTH],
  ['ISLTL', 'Siminn', 'Iceland', 'IS', '274', '01', FIRST],
  ['ISLOC', 'Vodafone Iceland', 'Iceland', 'IS', '274', '02', FIRST],
  ['POLPL', 'Plus', 'Poland', 'PL', '260', '01', FIRST],
  ['POL02', 'T-Mobile Poland', 'Poland', 'PL', '260', '02', FIRST],
  ['POL03', 'Orange Polska', 'Poland', 'PL', '260', '03', BOTH],
  ['POLP4', 'Play', 'Poland', 'PL', '260', '06', FIRST],
  ['CZERM', 'T-Mobile Czech Republic', 'Czech Republic', 'CZ', '230', '01', BOTH],
  ['CZEET', 'O2 Czech Republic', 'Czech Republic', 'CZ', '230', '02', FIRST],
  ['CZECM', 'Vodafone Czech Republic', 'Czech Republic', 'CZ', '230', '03', FIRST],
  ['SVKGT', 'Orange Slovensko', 'Slovakia', 'SK', '231', '01', FIRST],
  ['SVKET', 'Slovak Telekom', 'Slovakia', 'SK', '231', '02', FIRST],
  ['SVKO2', 'O2 Slovakia', 'Slovakia', 'SK', '231', '06', FIRST],
  ['HUNH1', 'Yettel Hungary', 'Hungary', 'HU', '216', '01', FIRST],
  ['HUNH2', 'Magyar Telekom', 'Hungary', 'HU', '216', '30', BOTH],
  ['HUNVR', 'Vodafone Hungary', 'Hungary', 'HU', '216', '70', FIRST],
  ['GRCCO', 'Cosmote', 'Greece', 'GR', '202', '01', BOTH],
  ['GRCPF', 'Vodafone Greece', 'Greece', 'GR', '202', '05', FIRST],
  ['GRCSH', 'Nova Greece', 'Greece', 'GR', '202', '10', FIRST],
  ['ROMMR', 'Vodafone Romania', 'Romania', 'RO', '226', '01', FIRST],
  ['ROMCS', 'Telekom Romania Mobile', 'Romania', 'RO', '226', '03', FIRST],
  ['ROMMF', 'Orange Romania', 'Romania', 'RO', '226', '10', FIRST],
  ['BGR01', 'A1 Bulgaria', 'Bulgaria', 'BG', '284', '01', FIRST],
  ['BGRVA', 'Vivacom', 'Bulgaria', 'BG', '284', '03', FIRST],
  ['BGRGM', 'Yettel Bulgaria', 'Bulgaria', 'BG', '284', '05', FIRST],
  ['HRVCN', 'Hrvatski Telekom', 'Croatia', 'HR', '219', '01', FIRST],
  ['HRVVI', 'A1 Hrvatska', 'Croatia', 'HR', '219', '10', FIRST],
  ['SVNMT', 'Telekom Slovenije', 'Slovenia', 'SI', '293', '41', FIRST],
  ['SVNSM', 'A1 Slovenija', 'Slovenia', 'SI', '293', '40', FIRST],
  ['ESTEM', 'Telia Estonia', 'Estonia', 'EE', '248', '01', FIRST],
  ['ESTRB', 'Elisa Estonia', 'Estonia', 'EE', '248', '02', FIRST],
  ['ESTRE', 'Tele2 Estonia', 'Estonia', 'EE', '248', '03', FIRST],
  ['LVALM', 'LMT', 'Latvia', 'LV', '247', '01', FIRST],
  ['LVABC', 'Tele2 Latvia', 'Latvia', 'LV', '247', '02', FIRST],
  ['LTUOM', 'Telia Lithuania', 'Lithuania', 'LT', '246', '01', FIRST],
  ['LTUMT', 'Bite Lithuania', 'Lithuania', 'LT', '246', '02', FIRST],
  ['MLTTL', 'Epic Malta', 'Malta', 'MT', '278', '01', FIRST],
  ['MLTGO', 'GO Malta', 'Malta', 'MT', '278', '21', FIRST],
  ['CYPCY', 'Cyta', 'Cyprus', 'CY', '280', '01', FIRST],
  ['CYPSC', 'Epic Cyprus', 'Cyprus', 'CY', '280', '10', FIRST],
];

/** Operator ids are stable per TADIG (the same network under two suppliers has one operator id). */
const FIRST_OPERATOR_ID = 20001;

export function seedNetworks(): Network[] {
  const networks: Network[] = [];
  NETWORK_ROWS.forEach(([tadigCode, operatorName, countryName, countryCode, mcc, mnc, suppliers], index) => {
    for (const categoryGroupId of suppliers) {
      networks.push({
        tadigCode,
        categoryGroupId,
        supplierName: SUPPLIERS[categoryGroupId],
        operatorId: String(FIRST_OPERATOR_ID + index),
        operatorName,
        countryName,
        countryCode,
        mcc,
        mnc,
      });
    }
  });
  return networks;
}
