import { graphql } from '../../../generated';

export const ColleaguesQuery = graphql(`
  query Colleagues {
    colleagues {
      id
      name
      role
      organisationName
    }
  }
`);
