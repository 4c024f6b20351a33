import { graphql } from '../../../generated';

/** Whom a meeting of this school may invite: its own staff and its partners (the API's rule). */
export const ColleaguesQuery = graphql(`
  query Colleagues($organisationId: ID!) {
    colleagues(organisationId: $organisationId) {
      id
      name
      role
      organisationName
    }
  }
`);
