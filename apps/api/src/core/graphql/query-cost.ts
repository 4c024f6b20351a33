import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination';
import type { MessageParams } from '@aanwezig/messages';
import { clientError } from '../errors/app-error';

/**
 * What one request may ask for (docs/architecture.md, "Limits"). A list counts for what it can
 * return: a connection (`first`/`after`) for `first` items (25 when not given), any other list of
 * objects for LIST_ITEMS_ESTIMATE. Aliases add up. The web client's largest operation, the meeting room
 * (a meeting with its agenda, each item's minutes, decisions and actions), costs about 8,400 and holds up to
 * 3,420 records; the limits are about 1.5 times that (test/query-limits.spec.ts computes every operation
 * the web client and the browser tests send).
 */
export const QUERY_LIMITS = {
  /** Fields the answer holds at most: every field once per item of the lists it sits in. */
  maxCost: 12_500,
  /** Records (list items) the answer holds at most: a page of 100 cases with 10 timeline entries each is 1,100. */
  maxNodes: 5_000,
  /**
   * Fields in the document as the count walks it (each fragment spread walked again), so counting stays
   * cheap; graphql-query-complexity's own guard (maxQueryNodes). The meeting room has about 80.
   */
  maxFields: 10_000,
} as const;

/**
 * Lists without `first` (a case's actions, consents, timeline; a meeting's agenda) are not paged: they
 * are read for one record at a time and hold a handful of items. Counted as this many.
 */
export const LIST_ITEMS_ESTIMATE = 10;

export interface QueryCost {
  /** Fields the answer holds at most. */
  cost: number;
  /** Records (list items) the answer holds at most. */
  nodes: number;
  /** More fields in the document than maxFields: not counted further. */
  tooManyFields?: true;
}

/** The variables do not fit the operation: execution reports that itself, with BAD_USER_INPUT. */
export class UnfitVariables extends Error {}

/** A connection field: takes `first` and returns a `…Connection` (core/graphql/pagination.ts). */
function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((a) => a.name === 'first') && getNamedType(field.type).name.endsWith('Connection');
}

/** A connection's `edges`: as many as the connection's `first`, which the connection field counts. */
function isEdges(parent: GraphQLCompositeType, field: GraphQLField<unknown, unknown>): boolean {
  return field.name === 'edges' && parent.name.endsWith('Connection');
}

/** Items a list field returns at most: `first` for a connection, the estimate for other lists of objects, else 1. */
function itemsOf(
  parent: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  if (isConnection(field)) {
    const first = args.first;
    // Out-of-range values are refused by the resolver (1..MAX_PAGE_SIZE); counted as asked.
    return typeof first === 'number' && Number.isFinite(first) ? Math.max(1, Math.ceil(first)) : DEFAULT_PAGE_SIZE;
  }
  if (isEdges(parent, field)) return 1;
  return isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type)) ? LIST_ITEMS_ESTIMATE : 1;
}

/**
 * Cost: a field costs 1, and its selection once for each item it can return. `__typename` is free: it is
 * no data, and clients add it to every selection (urql does, inside shared fragments too), so counting it
 * would charge a page for how its client writes the query.
 */
const costEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) =>
  field.name === '__typename' ? 0 : 1 + itemsOf(type, field, args) * childComplexity;

/** Nodes: each list item counts 1 with what it holds; a connection's edges are its `first` items. */
const nodesEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isConnection(field)) return itemsOf(type, field, args) * childComplexity;
  if (isEdges(type, field)) return 1 + childComplexity;
  const items = itemsOf(type, field, args);
  return items > 1 ? items * (1 + childComplexity) : childComplexity;
};

/**
 * The cost and node count of one operation of `document` with these variables (graphql-query-complexity
 * walks the document with our two estimators). Variables are coerced first, as execution coerces them,
 * so a variable's default (`$n: Int = 100`) counts as what it is. Throws UnfitVariables for variables
 * that do not fit.
 */
export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string,
  variables?: Record<string, unknown>,
  limits: typeof QUERY_LIMITS = QUERY_LIMITS,
): QueryCost {
  const operation = getOperationAST(document, operationName);
  if (!operation) throw new UnfitVariables('unknown operation');
  const coercion = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coercion.errors) throw new UnfitVariables(coercion.errors[0].message);
  const options = {
    schema,
    query: document,
    operationName,
    variables: coercion.coerced,
    maxQueryNodes: limits.maxFields + 1,
  };
  try {
    return {
      cost: getComplexity({ ...options, estimators: [costEstimator] }),
      nodes: getComplexity({ ...options, estimators: [nodesEstimator] }),
    };
  } catch (error) {
    // The library stops counting past maxQueryNodes: the operation is refused, never let through uncounted.
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message))
      return { cost: Infinity, nodes: Infinity, tooManyFields: true };
    throw error;
  }
}

/** The limit an operation exceeds, as a client sees it: a message that names the limit, and BAD_USER_INPUT. */
export function limitError(measured: QueryCost, limits: typeof QUERY_LIMITS = QUERY_LIMITS): GraphQLError | null {
  const refuse = (reason: string, params: MessageParams) => {
    const { message, extensions } = clientError('BAD_USER_INPUT', { reason, params });
    return new GraphQLError(message, { extensions });
  };
  if (measured.tooManyFields) return refuse('query.tooManyFields', { maxFields: limits.maxFields });
  if (measured.cost > limits.maxCost)
    return refuse('query.tooCostly', { cost: measured.cost, maxCost: limits.maxCost });
  if (measured.nodes > limits.maxNodes)
    return refuse('query.tooManyNodes', { nodes: measured.nodes, maxNodes: limits.maxNodes });
  return null;
}

/**
 * Refuses an operation over QUERY_LIMITS before it runs: nothing is read and nothing audited. Apollo
 * hands over the same parsed document for the same query text, so the cost is computed once per
 * document, operation and variables.
 */
export function queryCostLimit(limits: typeof QUERY_LIMITS = QUERY_LIMITS): ApolloServerPlugin {
  let schema: GraphQLSchema;
  const costs = new WeakMap<DocumentNode, Map<string, QueryCost>>();
  const costOf = (
    document: DocumentNode,
    operationName: string | undefined,
    variables: Record<string, unknown> | undefined,
  ): QueryCost => {
    const key = JSON.stringify([operationName ?? null, variables ?? {}]);
    let known = costs.get(document);
    if (!known) costs.set(document, (known = new Map()));
    let measured = known.get(key);
    if (measured === undefined) {
      measured = queryCost(schema, document, operationName, variables, limits);
      // Variables vary (ids, search text): remember a bounded number per document.
      if (known.size < 100) known.set(key, measured);
    }
    return measured;
  };
  return {
    async serverWillStart(service) {
      schema = service.schema;
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          let measured: QueryCost;
          try {
            measured = costOf(document, request.operationName, request.variables);
          } catch (error) {
            // Bad variables: execution reports them with their own BAD_USER_INPUT error.
            if (error instanceof UnfitVariables) return;
            throw error;
          }
          const refused = limitError(measured, limits);
          if (refused) throw refused;
        },
      };
    },
  };
}
