export {
  countryByCode,
  countryFromDemonym,
  findCountryMentions,
  isGroupMember,
  lookupCountry,
  lookupGroup,
  type CountryMatch,
  type CountryMention,
  type GroupData,
} from './gazetteer/index.js';
