import { graphql } from '../../../generated';

export const StartPageQuery = graphql(`
  query StartPage($from: DateTime!, $withMeetings: Boolean!) {
    # Only for those who may read meetings (me.capabilities.readCases: cases and meetings); the others would be refused.
    meetings(first: 5, filter: { from: $from, status: PLANNED }) @include(if: $withMeetings) {
      edges {
        node {
          id
          title
          startsAt
          location
          organisation {
            id
            name
          }
        }
      }
    }
    unreadNotificationCount
    notifications(first: 5, unreadOnly: true) {
      edges {
        node {
          id
          kind
          title
          body
          caseId
          signalId
          meetingId
          createdAt
        }
      }
    }
  }
`);
