import { graphql } from '../../../generated';

export const StartPageQuery = graphql(`
  query StartPage($from: DateTime!) {
    myActions(first: 50) {
      totalCount
      edges {
        node {
          id
          caseId
          title
          dueDate
          overdue
          shielded {
            ...ShieldedFields
          }
        }
      }
    }
    meetings(first: 5, filter: { from: $from, status: PLANNED }) {
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
