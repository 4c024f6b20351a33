import { graphql } from '../../../generated';

/** The cases my open actions belong to, with their pupils as I may see them: to name the case each links to. */
export const MyActionCasesQuery = graphql(`
  query MyActionCases($owner: ID!) {
    cases(filter: { actionOwnerId: $owner, status: [OPEN, MONITORING, CLOSED] }, first: 100) {
      edges {
        node {
          id
          pupil {
            id
            displayName
            groupName
          }
        }
      }
    }
  }
`);
