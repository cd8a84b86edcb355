/**
 * The query complexity limit: every selected field costs 1 and a list's selection counts once per
 * expected item (`first` for connections, a per-field size for nested lists; see the
 * `complexity` options in schema/), so article → statements → article cycles add up as they
 * would execute. Computed by @pothos/plugin-complexity from the schema's field costs.
 *
 * Checked before execution instead of during validation: the cost depends on the variables
 * (`first: $n`), and Yoga caches validation results by document alone, so a document accepted
 * once with `$n = 1` would stay accepted with `$n = 100`.
 */
import { PothosValidationError } from '@pothos/core';
import { createComplexityRule } from '@pothos/plugin-complexity';
import {
  GraphQLError,
  Kind,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

// The code and HTTP status Yoga gives the other limits' validation errors: 400 when the client
// accepts application/graphql-response+json, 200 for plain application/json.
// A new object each time: GraphQLError keeps the one it is given, and later plugins may add to it.
const refusal = () => ({ code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400, spec: true } });

function complexityError(complexity: number, max: number): GraphQLError {
  return new GraphQLError(
    `Query complexity ${complexity} exceeds the limit of ${max} (MAX_QUERY_COMPLEXITY): ask for ` +
      'smaller pages (`first`) or fewer nested lists.',
    { extensions: { ...refusal(), queryComplexity: { actual: complexity, max } } },
  );
}

function usesVariables(document: DocumentNode): boolean {
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (definition.variableDefinitions?.length ?? 0) > 0,
  );
}

/**
 * The complexity of the operation `args` selects (without an operation name, of the costliest
 * operation in the document), or why it cannot be measured (e.g. an argument a cost reads is
 * invalid: `nodes(ids: ["garbage"])`). null for an unknown operation name or bad variables, which
 * execution reports before running anything.
 */
export function operationComplexity(
  args: ExecutionArgs,
): { complexity: number } | { errors: GraphQLError[] } | null {
  let complexity: number | null = null;
  const errors = validate(args.schema, args.document, [
    createComplexityRule({
      context: (args.contextValue as object | undefined) ?? {},
      variableValues: args.variableValues ?? {},
      operationName: args.operationName ?? undefined,
      validate: (result) => {
        complexity = Math.max(complexity ?? 0, result.complexity);
      },
    }),
  ]);
  const unmeasurable = errors.filter((error) => error instanceof PothosValidationError);
  // Not measured is not cheap: the other root fields of the document would still run.
  if (unmeasurable.length > 0) return { errors: unmeasurable };
  return complexity === null ? null : { complexity };
}

/**
 * Refuses operations over `maxComplexity` before they run. Documents without variables (the
 * usual case; Yoga hands over the same parsed document for the same text) are measured once:
 * the field costs read arguments only, never the context.
 */
export function useComplexityLimit(maxComplexity: number): Plugin {
  type Measurement = ReturnType<typeof operationComplexity>;
  const measured = new WeakMap<DocumentNode, Map<string, Measurement>>();
  const check = (args: ExecutionArgs): ExecutionResult | undefined => {
    const cacheable = !usesVariables(args.document);
    const byOperation = cacheable ? measured.get(args.document) : undefined;
    const name = args.operationName ?? '';
    let measurement = byOperation?.get(name);
    if (measurement === undefined) {
      measurement = operationComplexity(args);
      if (cacheable) {
        if (byOperation === undefined) measured.set(args.document, new Map([[name, measurement]]));
        else byOperation.set(name, measurement);
      }
    }
    if (measurement === null) return undefined;
    if ('errors' in measurement) {
      return {
        errors: measurement.errors.map(
          (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: refusal() }),
        ),
      };
    }
    return measurement.complexity > maxComplexity
      ? { errors: [complexityError(measurement.complexity, maxComplexity)] }
      : undefined;
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused !== undefined) setResultAndStopExecution(refused);
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refused = check(args);
      if (refused !== undefined) setResultAndStopExecution(refused);
    },
  };
}
