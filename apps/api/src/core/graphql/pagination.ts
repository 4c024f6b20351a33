import type { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { AppError } from '../errors/app-error';
import { isUuid } from '../database/uuid';

@ObjectType('PageInfo')
export class PageInfoModel {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoModel;
  /** A promise that counts only when read: GraphQL reads it only when the client asks for it. */
  totalCount: number | Promise<number>;
}

/** A GraphQL connection type `<Name>Connection` with `<Name>Edge` (cursor pagination, CONTRACT.md). */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfoModel)
    pageInfo!: PageInfoModel;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

export interface PageRequest {
  first?: number | null;
  after?: string | null;
}

/** A sort key: SQL expression, how to read it from a row for the cursor, and the direction. */
export interface Keyset<R> {
  expression: string;
  idExpression: string;
  direction: 'ASC' | 'DESC';
  valueOf(row: R): string | number;
  idOf(row: R): string;
}

/** Newest first by a timestamp column (to the millisecond, as JavaScript keeps it in the cursor), then by id. */
export function newestFirst<R extends { id: string; at: Date }>(alias: string): Keyset<R> {
  return {
    expression: `date_trunc('milliseconds', ${alias}.at)`,
    idExpression: `${alias}.id`,
    direction: 'DESC',
    valueOf: (r) => r.at.toISOString(),
    idOf: (r) => r.id,
  };
}

export class PaginationError extends AppError {}

/**
 * Keyset pagination: orders by (key, id), fetches one row more than asked to know whether a next page
 * exists, and continues after the cursor's (key, id). Stable under inserts, unlike offsets.
 */
export async function paginate<R extends ObjectLiteral, N, Row extends ObjectLiteral = R>(
  query: SelectQueryBuilder<R>,
  keyset: Keyset<Row>,
  page: PageRequest,
  toNode: (rows: Row[]) => Promise<N[]> | N[],
  /**
   * For hot lists: reads the page's rows itself (plain rows, no entity hydration), given the paged
   * query and its order as SQL.
   */
  read?: (paged: SelectQueryBuilder<R>, orderBy: string) => Promise<Row[]>,
): Promise<Connection<N>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new PaginationError('BAD_USER_INPUT', {
      reason: 'page.size',
      params: { max: MAX_PAGE_SIZE },
      field: 'first',
    });
  }
  const countQuery = query.clone();
  const totalCount = async () =>
    read ? Number((await countQuery.select('count(*)', 'n').getRawOne<{ n: string }>())!.n) : countQuery.getCount();
  const paged = query.clone();
  if (page.after) {
    const [value, id] = decodeCursor(page.after);
    const comparison = keyset.direction === 'DESC' ? '<' : '>';
    paged.andWhere(`(${keyset.expression}, ${keyset.idExpression}) ${comparison} (:cursorValue, :cursorId)`, {
      cursorValue: value,
      cursorId: id,
    });
  }
  paged
    .orderBy(keyset.expression, keyset.direction)
    .addOrderBy(keyset.idExpression, keyset.direction)
    .limit(first + 1);
  const orderBy = `${keyset.expression} ${keyset.direction}, ${keyset.idExpression} ${keyset.direction}`;
  let rows: Row[];
  try {
    rows = read ? await read(paged, orderBy) : ((await paged.getMany()) as unknown as Row[]);
  } catch (error) {
    // A cursor of the right shape whose sort value the database cannot read as the key's type (a text
    // where the key is a time): the client's input, not our failure.
    if (page.after && isDataException(error)) throw invalidCursor();
    throw error;
  }
  const pageRows = rows.slice(0, first);
  const nodes = await toNode(pageRows);
  const edges: Edge<N>[] = nodes.map((node, i) => new LazyCursorEdge(node, pageRows[i], keyset));
  const connection = {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  } as Connection<N>;
  let counted: Promise<number> | undefined;
  Object.defineProperty(connection, 'totalCount', { enumerable: true, get: () => (counted ??= totalCount()) });
  return connection;
}

/** An edge whose cursor is encoded only when a client asks for it (lists often ask only for nodes). */
class LazyCursorEdge<N, Row> implements Edge<N> {
  constructor(
    readonly node: N,
    private readonly row: Row,
    private readonly keyset: Keyset<Row>,
  ) {}

  get cursor(): string {
    return encodeCursor(this.keyset.valueOf(this.row), this.keyset.idOf(this.row));
  }
}

function encodeCursor(value: string | number, id: string): string {
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

const invalidCursor = () => new PaginationError('BAD_USER_INPUT', { reason: 'page.cursor', field: 'after' });

/**
 * A cursor comes from the client: only what encodeCursor writes is taken (a sort value that is a text
 * or a finite number, and a row id that is a uuid); anything else is BAD_USER_INPUT on `after`.
 */
function decodeCursor(cursor: string): [string | number, string] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalidCursor();
  const [value, id] = parsed as unknown[];
  const valueOk = typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
  if (!valueOk || typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return [value, id];
}

/** PostgreSQL's class 22 (data exception): a parameter that does not fit its column's type. */
function isDataException(error: unknown): boolean {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } } | null)?.code ??
    (error as { driverError?: { code?: unknown } } | null)?.driverError?.code;
  return typeof code === 'string' && code.startsWith('22');
}
