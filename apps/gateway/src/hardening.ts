/**
 * Request hardening: depth, alias, token and directive limits (GraphQL Armor), a list-aware
 * complexity limit (complexity.ts), a body-size limit, CSRF prevention for "simple" browser
 * requests, and optional introspection.
 */
import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import {
  NoSchemaIntrospectionCustomRule,
  parse,
  type ParseOptions,
  type Source,
  type GraphQLError,
  type ValidationContext,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useComplexityLimit } from './complexity.js';

/** Limits per request; each has a default that the README query stays far below. */
export interface GatewayLimits {
  /** Deepest selection; the README query is 6 deep. */
  maxDepth: number;
  maxAliases: number;
  /**
   * Query complexity: each field 1, a list's selection times its expected size (`first` for
   * connections). The README query costs 17,101 at first: 100, the largest page.
   */
  maxComplexity: number;
  maxTokens: number;
  maxDirectives: number;
  /**
   * Largest request body in bytes. It also bounds the files ingestArticle accepts (their content
   * travels in the body, base64 adds a third): larger files go through the inbox or the CLI.
   */
  maxBodyBytes: number;
}

export const defaultLimits: GatewayLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxComplexity: 50_000,
  maxTokens: 2000,
  maxDirectives: 20,
  maxBodyBytes: 1024 * 1024,
};

function tooLarge(fetchAPI: { Response: typeof Response }, size: number, maxBytes: number) {
  return fetchAPI.Response.json(
    {
      errors: [
        {
          message:
            `Request body is ${size} bytes; the limit is ${maxBytes} (MAX_REQUEST_BODY_BYTES). ` +
            'Send larger files through the inbox or `wiredesk ingest`.',
          extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' },
        },
      ],
    },
    { status: 413 },
  );
}

/**
 * 413 for a declared Content-Length over the limit, before the body is read, with a message that
 * says what to do. Chunked bodies are counted as they arrive by Yoga's own maxRequestBodySize
 * (set to the same limit), which answers 413 REQUEST_ENTITY_TOO_LARGE.
 */
function useBodyLimit(maxBytes: number): Plugin {
  return {
    onRequest(event) {
      const length = Number(event.request.headers.get('content-length') ?? '0');
      if (length > maxBytes) event.endResponse(tooLarge(event.fetchAPI, length, maxBytes));
    },
  };
}

/** graphql-js stops parsing past `maxTokens` tokens, before any work on a huge document. */
function useTokenLimit(maxTokens: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source: string | Source, options?: ParseOptions) =>
        parse(source, { ...options, maxTokens }),
      );
    },
  };
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

export function hardeningPlugins(
  limits: GatewayLimits,
  options: { introspection: boolean },
): Plugin[] {
  // Reported as validation errors instead of thrown, so clients get the usual
  // GRAPHQL_VALIDATION_FAILED code and a location rather than a bare message.
  const report = {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
    ],
  };
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...report },
    maxAliases: { n: limits.maxAliases, ...report },
    // Armor's cost model ignores lists without a literal `first` (article → statements →
    // article cycles passed it); the complexity limit below counts them.
    costLimit: { enabled: false },
    // Armor's token counter does not see graphql 16.15's lexer; graphql's own limit does.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.maxDirectives, ...report },
    // Suggestions ("did you mean …") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: !options.introspection },
  });
  return [
    useBodyLimit(limits.maxBodyBytes),
    // A custom header forces a CORS preflight; JSON POSTs are preflighted already.
    useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', 'authorization', 'x-api-key'] }),
    useTokenLimit(limits.maxTokens),
    ...(armor.protect().plugins as Plugin[]),
    useComplexityLimit(limits.maxComplexity),
    ...(options.introspection ? [] : [useNoIntrospection()]),
  ];
}
