import { graphql } from '../../../generated';

export const ActAsMutation = graphql(`
  mutation ActAs($organisationId: ID, $role: Role) {
    actAs(organisationId: $organisationId, role: $role) {
      token
    }
  }
`);
