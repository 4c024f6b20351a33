import type { INestApplicationContext } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { PERMISSION_KEY, type PermissionDeclaration } from './permission.decorator';

/** graphql:resolver_type is set by @Query/@Mutation/@Subscription; field resolvers run under their parent's gate. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

export interface PermissionEntry {
  /** e.g. `Query.organisations` or `GET /health` */
  operation: string;
  declaration: PermissionDeclaration | undefined;
}

/** Every GraphQL root operation and HTTP route of the running app with its permission declaration. */
export function permissionInventory(app: INestApplicationContext): PermissionEntry[] {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const entries: PermissionEntry[] = [];
  const wrappers = [...discovery.getProviders(), ...discovery.getControllers()];
  for (const wrapper of wrappers) {
    const { metatype, instance } = wrapper;
    if (!metatype || !instance || typeof metatype !== 'function') continue;
    const prototype = Object.getPrototypeOf(instance) as Record<string, (...args: unknown[]) => unknown>;
    for (const methodName of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[methodName];
      const operation = describeOperation(handler, metatype, methodName);
      if (!operation) continue;
      const declaration = reflector.getAllAndOverride<PermissionDeclaration | undefined>(PERMISSION_KEY, [
        handler,
        metatype,
      ]);
      entries.push({ operation, declaration });
    }
  }
  return entries.sort((a, b) => a.operation.localeCompare(b.operation));
}

export function formatDeclaration(declaration: PermissionDeclaration | undefined): string {
  if (!declaration) return 'UNDECLARED';
  if (declaration.kind === 'ability') return `${declaration.action} ${declaration.subject}`;
  return declaration.kind;
}

function describeOperation(handler: object, metatype: object, methodName: string): string | null {
  const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
  if (rootType === 'Query' || rootType === 'Mutation' || rootType === 'Subscription') {
    const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? methodName;
    return `${rootType}.${name}`;
  }
  const routePath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
  const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
  if (routePath !== undefined && method !== undefined) {
    const base = (Reflect.getMetadata(PATH_METADATA, metatype) as string | undefined) ?? '';
    const full = `/${[base, routePath]
      .map((p) => p.replace(/^\/|\/$/g, ''))
      .filter(Boolean)
      .join('/')}`;
    return `${RequestMethod[method]} ${full}`;
  }
  return null;
}
