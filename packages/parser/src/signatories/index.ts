export { findSignatoryLists, type ListUnit, type LocatedListDraft } from './find.js';
export { linkStatements } from './link.js';
