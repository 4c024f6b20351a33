import { graphql } from '../../../generated';

export const UpcomingMeetingsQuery = graphql(`
  query UpcomingMeetings($from: DateTime!) {
    meetings(first: 50, filter: { from: $from, status: PLANNED }) {
      edges {
        node {
          id
          title
          startsAt
          organisation {
            id
          }
        }
      }
    }
  }
`);
