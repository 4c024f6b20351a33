import { graphql } from '../../../generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      name
      memberships {
        role
        organisation {
          id
          name
          kind
        }
      }
      actingAs {
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);
