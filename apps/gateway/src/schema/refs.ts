/** Refs declared before their types, so articles, statements and lists can point at each other. */
import type { SignatoryList, Statement } from '@wiredesk/domain';
import { builder } from './builder.js';

export const StatementRef = builder.objectRef<Statement>('Statement');
export const SignatoryListRef = builder.objectRef<SignatoryList>('SignatoryList');
