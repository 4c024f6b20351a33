import { graphql } from '../../../generated';

export const CasesQuery = graphql(`
  query Cases($filter: CaseFilter, $after: String) {
    cases(filter: $filter, first: 25, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          category
          typology
          tier
          status
          worryFlag
          openActionCount
          shielded {
            ...ShieldedFields
          }
          pupil {
            id
            displayName
            groupName
          }
          school {
            id
            name
          }
          nextMeeting {
            id
            title
            startsAt
          }
        }
      }
    }
  }
`);
