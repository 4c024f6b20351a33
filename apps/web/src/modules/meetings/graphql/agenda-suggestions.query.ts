import { graphql } from '../../../generated';

export const AgendaSuggestionsQuery = graphql(`
  query AgendaSuggestions($meetingId: ID!) {
    agendaSuggestions(meetingId: $meetingId) {
      reasons
      case {
        id
        pupil {
          id
          displayName
          groupName
        }
      }
    }
  }
`);
