import type {
  GatewayExecutor,
  GatewayInterface,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/**
 * Executes operations with graphql-jit instead of graphql-js: each operation is compiled once to a
 * function that resolves and completes its fields without walking the document again, and builds
 * plain result objects that serialise faster (ADR 0008). Apollo Server accepts another executor only
 * through its `gateway` option (its migration guide's route for custom executors), so this is a
 * gateway serving the schema Nest builds: parsing, validation, limits and plugins stay Apollo's.
 */
export class JitExecutor implements GatewayInterface {
  private schema?: GraphQLSchema;
  private readonly listeners = new Set<GatewaySchemaLoadOrUpdateCallback>();
  /** Apollo hands over the same parsed document for the same query text: compile once per operation. */
  private readonly compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();

  /** For Nest's `transformSchema`: remembers the schema it built. */
  readonly useSchema = (schema: GraphQLSchema): GraphQLSchema => (this.schema = schema);

  async load(): Promise<{ executor: GatewayExecutor }> {
    const schema = this.requireSchema();
    this.listeners.forEach((listener) => listener({ apiSchema: schema, coreSupergraphSdl: '' }));
    return {
      executor: (request) =>
        this.execute(request.document, request.operationName ?? undefined, request.context, request.request.variables),
    };
  }

  onSchemaLoadOrUpdate(listener: GatewaySchemaLoadOrUpdateCallback): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.listeners.clear();
  }

  private async execute(
    document: DocumentNode,
    operationName: string | undefined,
    context: unknown,
    variables: Record<string, unknown> | undefined,
  ): Promise<ExecutionResult> {
    let byOperation = this.compiled.get(document);
    if (!byOperation) this.compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(this.requireSchema(), document, operationName)));
    // A document that does not compile (an unknown operation name) answers with its errors.
    if (!isCompiledQuery(query)) return query;
    // Variables are coerced by graphql-js first: graphql-jit demands input fields that have a default
    // (`durationMinutes: Int! = 60`), and Apollo recognises bad variables (BAD_USER_INPUT, status 400)
    // by graphql-js's errors. graphql-jit then coerces the coerced values again, which leaves them as they are.
    const operation = getOperationAST(document, operationName);
    const coercion = getVariableValues(this.requireSchema(), operation?.variableDefinitions ?? [], variables ?? {});
    if (coercion.errors) return { errors: coercion.errors };
    const result = await query.query(undefined, context, coercion.coerced);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLJsError) } : result;
  }

  private requireSchema(): GraphQLSchema {
    if (!this.schema)
      throw new Error('JitExecutor: the schema was not handed over (transformSchema: executor.useSchema)');
    return this.schema;
  }
}

/**
 * graphql-jit's errors leave `extensions` undefined where graphql-js gives `{}`, and Apollo's error
 * formatting reads `extensions.code`: rebuild them as graphql-js errors with the same message, place,
 * path and cause.
 */
function asGraphQLJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  (rebuilt as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return rebuilt;
}
