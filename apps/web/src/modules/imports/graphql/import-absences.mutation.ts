import { graphql } from '../../../generated';

export const ImportAbsencesMutation = graphql(`
  mutation ImportAbsences($input: ImportAbsencesInput!) {
    importAbsences(input: $input) {
      imported
      changed
      removed
      alreadyPresent
      signalsWithdrawn
      from
      to
      rejected
      signalsRaised
      errors {
        line
        field
        message
        reason
        params {
          name
          value
        }
      }
    }
  }
`);
