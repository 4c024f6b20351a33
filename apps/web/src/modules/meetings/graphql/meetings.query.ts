import { graphql } from '../../../generated';

/** One page of meetings: upcoming (earliest first) or past (latest first), as the filter says. */
export const MeetingsQuery = graphql(`
  query Meetings($filter: MeetingFilter!, $after: String) {
    meetings(first: 20, after: $after, filter: $filter) {
      edges {
        node {
          id
          title
          startsAt
          location
          status
          organisation {
            id
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);
