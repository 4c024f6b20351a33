import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../src/database/seed/demo-region.data';
import { useTestServer } from './support/test-server';
import { asUsers, ok } from './support/graphql-helpers';

type Capabilities = {
  readCases: boolean;
  receiveSignals: boolean;
  readReport: boolean;
  readAuditTrail: boolean;
  readSignInLog: boolean;
  importAbsences: boolean;
  managedSchoolIds: string[];
};

/**
 * `me.capabilities` is what the web client shows and hides by instead of role lists of its own: for
 * every demo user it must say exactly what the API's gate then allows.
 */
describe('me.capabilities tells what the gate allows', () => {
  const t = useTestServer();
  const as = asUsers(t);
  const allowed = async (email: string, query: string) => {
    const response = await as(email).query(query);
    const code = response.errors?.[0]?.extensions?.code;
    if (code && code !== 'FORBIDDEN') throw new Error(`${email}: ${query} answered ${JSON.stringify(response.errors)}`);
    return code !== 'FORBIDDEN';
  };

  it.each(DEMO_USERS.map((u) => [u.email]))('%s', async (email) => {
    const { me } = ok(
      await as(email).query<{ me: { capabilities: Capabilities } }>(
        `{ me { capabilities { readCases receiveSignals readReport readAuditTrail readSignInLog importAbsences managedSchoolIds } } }`,
      ),
    );
    const can = me.capabilities;
    expect(await allowed(email, `{ cases(first: 1) { totalCount } }`), 'cases').toBe(can.readCases);
    expect(await allowed(email, `{ signals(first: 1) { totalCount } }`), 'signals').toBe(can.receiveSignals);
    expect(await allowed(email, `{ censusDates { id } }`), 'report').toBe(can.readReport);
    expect(await allowed(email, `{ auditSubjects(search: "Jansen") { id } }`), 'audit trail').toBe(can.readAuditTrail);
    expect(await allowed(email, `{ signInEvents(first: 1) { totalCount } }`), 'sign-in log').toBe(can.readSignInLog);
    expect(can.importAbsences).toBe(can.managedSchoolIds.length > 0);
  });

  it('answers only about the signed-in user (null in a sign-in answer)', async () => {
    const response = await t.graphql<{ devLogin: { user: { capabilities: unknown } } }>(
      `mutation { devLogin(email: "verzuim@baken.demo.test") { user { capabilities { readCases } } } }`,
    );
    expect(ok(response).devLogin.user.capabilities).toBeNull();
  });
});
