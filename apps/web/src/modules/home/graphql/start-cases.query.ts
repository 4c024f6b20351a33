import { graphql } from '../../../generated';

export const StartCasesQuery = graphql(`
  query StartCases {
    cases(first: 5) {
      totalCount
      edges {
        node {
          id
          openActionCount
          pupil {
            id
            displayName
            groupName
          }
          school {
            id
            name
          }
          shielded {
            ...ShieldedFields
          }
        }
      }
    }
  }
`);
