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

export const ImportProgressQuery = graphql(`
  query ImportProgress($importId: String!) {
    absenceImportProgress(importId: $importId) {
      phase
      processed
      total
    }
  }
`);
