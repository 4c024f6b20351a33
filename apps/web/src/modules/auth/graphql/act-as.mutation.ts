import { graphql } from '../../../generated';

/** With the cookie session the server switches that session itself; the page does not ask for the token. */
export const ActAsMutation = graphql(`
  mutation ActAs($organisationId: ID, $role: Role) {
    actAs(organisationId: $organisationId, role: $role) {
      user {
        id
      }
    }
  }
`);
