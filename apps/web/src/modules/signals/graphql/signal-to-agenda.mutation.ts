import { graphql } from '../../../generated';

export const SignalToAgendaMutation = graphql(`
  mutation SignalToAgenda($id: ID!, $meetingId: ID!) {
    signalToAgenda(id: $id, meetingId: $meetingId) {
      id
      status
      caseId
      pupilCaseId
    }
  }
`);
