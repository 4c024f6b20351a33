import { graphql } from '../../../generated';

export const DemoUsersQuery = graphql(`
  query DemoUsers {
    demoUsers {
      email
      name
      role
      organisationName
    }
  }
`);
