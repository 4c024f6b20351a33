import { graphql } from '../../../generated';

export const MeetingsQuery = graphql(`
  query Meetings($from: DateTime!) {
    meetings(first: 20, filter: { from: $from, status: PLANNED }) {
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
    }
  }
`);
