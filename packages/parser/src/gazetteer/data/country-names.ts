/**
 * Country naming data on top of i18n-iso-countries: the canonical (short, newsroom) name where the
 * library's first English name is the formal one, and aliases the library does not list.
 */

/** Canonical names that differ from i18n-iso-countries' first English name. */
export const canonicalNameOverrides: Readonly<Record<string, string>> = {
  BN: 'Brunei',
  CC: 'Cocos Islands',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: 'Ivory Coast',
  CN: 'China',
  FK: 'Falkland Islands',
  FM: 'Micronesia',
  GM: 'Gambia',
  IR: 'Iran',
  LA: 'Laos',
  MD: 'Moldova',
  MF: 'Saint Martin',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russia',
  SX: 'Sint Maarten',
  SY: 'Syria',
  TR: 'Turkey',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  VA: 'Vatican City',
  VG: 'British Virgin Islands',
  VI: 'United States Virgin Islands',
};

/** Extra surface forms, matched exactly (case-sensitive for abbreviations). */
export const countryAliases: Readonly<Record<string, readonly string[]>> = {
  AE: ['U.A.E.', 'Emirates'],
  BA: ['Bosnia', 'Bosnia-Herzegovina'],
  BO: ['Plurinational State of Bolivia'],
  CD: ['DR Congo', 'DRC', 'D.R. Congo', 'Congo-Kinshasa'],
  CG: ['Congo-Brazzaville'],
  CN: ['PRC', 'Mainland China', 'Red China'],
  CZ: ['Czechia'],
  DE: ['Federal Republic of Germany'],
  GB: ['Britain', 'U.K.', 'Great Britain', 'United Kingdom of Great Britain and Northern Ireland'],
  IE: ['Republic of Ireland', 'Eire'],
  KP: ['DPRK', 'D.P.R.K.', "Democratic People's Republic of Korea"],
  KR: ['ROK', 'Korea'],
  LA: ['Lao PDR'],
  MM: ['Burma'],
  MK: ['Macedonia', 'FYROM'],
  NL: ['Holland'],
  PS: ['Palestinian Territories', 'Palestinian territories'],
  RU: ['Russian Federation'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  TR: ['Türkiye', 'Turkiye'],
  TW: ['Republic of China', 'Chinese Taipei'],
  US: ['America', 'U.S.', 'U.S.A.', 'USA', 'US', 'United States of America'],
  VA: ['Vatican', 'Holy See'],
  VE: ['Bolivarian Republic of Venezuela'],
  VN: ['Viet Nam'],
  CV: ['Cabo Verde'],
};
