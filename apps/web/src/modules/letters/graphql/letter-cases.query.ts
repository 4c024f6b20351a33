import { graphql } from '../../../generated';

export const LetterCasesQuery = graphql(`
  query LetterCases {
    cases(first: 100) {
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
