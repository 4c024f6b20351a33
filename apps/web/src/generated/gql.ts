/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": typeof types.DemoUsersDocument,
    "\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DevLoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n": typeof types.OrganisationsDocument,
};
const documents: Documents = {
    "\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": types.DemoUsersDocument,
    "\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.DevLoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n": types.OrganisationsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;