import { graphql } from '../../../generated';

export const SignInOrganisationsQuery = graphql(`
  query SignInOrganisations {
    signInOrganisations {
      id
      name
    }
  }
`);
