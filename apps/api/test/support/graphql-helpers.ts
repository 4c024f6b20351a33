import { expect } from 'vitest';
import type { GraphQLResponse, TestServer } from './test-server';

/** The data of a response that must have succeeded; fails the test with the errors otherwise. */
export function ok<T>(response: GraphQLResponse<T>): T {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
  return response.data as T;
}

/** The single error of a response that must have failed. */
export function failure<T>(response: GraphQLResponse<T>): { code?: string; field?: string; message: string } {
  expect(response.errors, 'expected an error').toBeDefined();
  const [error] = response.errors!;
  return { code: error.extensions?.code, field: error.extensions?.field, message: error.message };
}

/** Signs in the demo users once and runs operations as them. */
export function asUsers(t: TestServer) {
  const tokens = new Map<string, Promise<string>>();
  return (email: string) => {
    if (!tokens.has(email)) tokens.set(email, t.login(email));
    return {
      query: async <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) =>
        t.graphql<T>(query, variables, await tokens.get(email)!),
    };
  };
}

export const COORDINATOR = 'verzuim@baken.demo.test';
export const CARE_COORDINATOR = 'zorg@baken.demo.test';
export const BAKEN_MENTOR = 'mentor@baken.demo.test';
export const DUINZICHT_MENTOR = 'mentor@duinzicht.demo.test';
export const OFFICER = 'leerplicht@kustland.demo.test';
export const DOCTOR = 'jeugdarts@ggd.demo.test';
export const CONSULTANT = 'consulent@swv.demo.test';
export const COACH = 'coach@jg.demo.test';
export const PRIVACY = 'privacy@baken.demo.test';
export const ADMIN = 'beheer@swv.demo.test';
