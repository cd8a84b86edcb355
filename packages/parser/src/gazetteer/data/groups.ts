/**
 * Groups of countries: the id used in records ("G7"), the surface forms articles use, and the
 * members. Membership is current membership; it tells the signatory rules which countries a
 * group can contain, it is not used to invent signatories the text does not name.
 */
export interface GroupData {
  /** The name records carry in `group`, e.g. "G7". */
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO 3166-1 alpha-2 codes. */
  readonly members: readonly string[];
}

const eu = ['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE'];
const eu2 = ['IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'];

export const groups: readonly GroupData[] = [
  {
    id: 'G7',
    name: 'Group of Seven',
    aliases: ['G7', 'G-7', 'Group of Seven', 'Group of 7'],
    members: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US'],
  },
  {
    id: 'G8',
    name: 'Group of Eight',
    aliases: ['G8', 'G-8', 'Group of Eight'],
    members: ['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US', 'RU'],
  },
  {
    id: 'G20',
    name: 'Group of Twenty',
    aliases: ['G20', 'G-20', 'Group of Twenty', 'Group of 20'],
    members: [
      'AR',
      'AU',
      'BR',
      'CA',
      'CN',
      'FR',
      'DE',
      'IN',
      'ID',
      'IT',
      'JP',
      'KR',
      'MX',
      'RU',
    ].concat(['SA', 'ZA', 'TR', 'GB', 'US']),
  },
  {
    id: 'EU',
    name: 'European Union',
    aliases: ['EU', 'E.U.', 'European Union'],
    members: eu.concat(eu2),
  },
  {
    id: 'NATO',
    name: 'North Atlantic Treaty Organization',
    aliases: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Alliance'],
    members: ['AL', 'BE', 'BG', 'CA', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IS']
      .concat(['IT', 'LV', 'LT', 'LU', 'ME', 'NL', 'MK', 'NO', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES'])
      .concat(['SE', 'TR', 'GB', 'US']),
  },
  {
    id: 'BRICS',
    name: 'BRICS',
    aliases: ['BRICS'],
    members: ['BR', 'RU', 'IN', 'CN', 'ZA', 'EG', 'ET', 'IR', 'AE', 'ID'],
  },
  {
    id: 'ASEAN',
    name: 'Association of Southeast Asian Nations',
    aliases: ['ASEAN', 'Association of Southeast Asian Nations'],
    members: ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN', 'TL'],
  },
  {
    id: 'Quad',
    name: 'Quadrilateral Security Dialogue',
    aliases: ['Quad', 'Quadrilateral Security Dialogue'],
    members: ['AU', 'IN', 'JP', 'US'],
  },
  {
    id: 'AUKUS',
    name: 'AUKUS',
    aliases: ['AUKUS'],
    members: ['AU', 'GB', 'US'],
  },
  {
    id: 'Five Eyes',
    name: 'Five Eyes',
    aliases: ['Five Eyes', 'FVEY'],
    members: ['AU', 'CA', 'NZ', 'GB', 'US'],
  },
  {
    id: 'Nordic countries',
    name: 'Nordic countries',
    aliases: ['Nordic countries', 'Nordic states', 'Nordics', 'Nordic Council'],
    members: ['DK', 'FI', 'IS', 'NO', 'SE'],
  },
  {
    id: 'Baltic states',
    name: 'Baltic states',
    aliases: ['Baltic states', 'Baltic countries', 'Baltic nations'],
    members: ['EE', 'LV', 'LT'],
  },
  {
    id: 'Benelux',
    name: 'Benelux',
    aliases: ['Benelux'],
    members: ['BE', 'NL', 'LU'],
  },
  {
    id: 'Visegrad Group',
    name: 'Visegrad Group',
    aliases: ['Visegrad Group', 'Visegrád Group', 'Visegrad Four', 'V4'],
    members: ['CZ', 'HU', 'PL', 'SK'],
  },
  {
    id: 'GCC',
    name: 'Gulf Cooperation Council',
    aliases: ['GCC', 'Gulf Cooperation Council'],
    members: ['BH', 'KW', 'OM', 'QA', 'SA', 'AE'],
  },
  {
    id: 'Mercosur',
    name: 'Mercosur',
    aliases: ['Mercosur', 'Mercosul'],
    members: ['AR', 'BR', 'PY', 'UY', 'BO'],
  },
  {
    id: 'Arab League',
    name: 'Arab League',
    aliases: ['Arab League', 'League of Arab States'],
    members: [
      'DZ',
      'BH',
      'KM',
      'DJ',
      'EG',
      'IQ',
      'JO',
      'KW',
      'LB',
      'LY',
      'MR',
      'MA',
      'OM',
      'PS',
    ].concat(['QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE']),
  },
  {
    id: 'OPEC',
    name: 'Organization of the Petroleum Exporting Countries',
    aliases: ['OPEC', 'Organization of the Petroleum Exporting Countries'],
    members: ['DZ', 'CG', 'GQ', 'GA', 'IR', 'IQ', 'KW', 'LY', 'NG', 'SA', 'AE', 'VE'],
  },
];
