export {
  countryByCode,
  countryFromDemonym,
  isCountryOrDemonym,
  lookupCountry,
  type CountryMatch,
} from './countries.js';
export { isGroupMember, lookupGroup, type GroupData } from './groups.js';
export { findCountryMentions, type CountryMention } from './mentions.js';
