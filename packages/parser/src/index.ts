export { decodeDeclared } from './decode/declared.js';
export { ParseError, isParseError } from './errors.js';
export {
  defaultMaxBytes,
  parseArticles,
  type ParseInput,
  type ParseOptions,
} from './parse-articles.js';
export {
  extractPeople,
  extractStatements,
  type StatementDraft,
  type StatementInput,
} from './statements/index.js';
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
