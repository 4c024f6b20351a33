import { graphql } from '../../../generated';

export const MoveChairMutation = graphql(`
  mutation MoveChair($meetingId: ID!, $agendaItemId: ID!) {
    moveChair(meetingId: $meetingId, agendaItemId: $agendaItemId) {
      id
      currentAgendaItemId
    }
  }
`);
