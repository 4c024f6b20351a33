import { graphql } from '../../../generated';

export const ImportAbsencesMutation = graphql(`
  mutation ImportAbsences($input: ImportAbsencesInput!) {
    importAbsences(input: $input) {
      imported
      alreadyPresent
      rejected
      signalsRaised
      errors {
        line
        field
        message
      }
    }
  }
`);
