import { graphql } from '../../../generated';

export const MeetingQuery = graphql(`
  query MeetingRoom($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      durationMinutes
      location
      status
      nonSchoolDay {
        date
        reason
        holiday
      }
      currentAgendaItemId
      organisation {
        id
        name
      }
      chair {
        id
        name
      }
      participants {
        id
        name
      }
      agenda {
        id
        position
        topic
        restricted
        writableCategories
        case {
          id
          category
          typology
          pupil {
            id
            displayName
            groupName
          }
          shielded {
            ...ShieldedFields
          }
        }
        minutes {
          id
          category
          body
          author {
            name
          }
          shielded {
            ...ShieldedFields
          }
        }
        decisions {
          id
          category
          body
          author {
            name
          }
          shielded {
            ...ShieldedFields
          }
        }
        actions {
          id
          title
          dueDate
          overdue
          status
          owner {
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
