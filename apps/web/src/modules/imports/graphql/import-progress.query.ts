import { graphql } from '../../../generated';

export const ImportProgressQuery = graphql(`
  query ImportProgress($importId: String!) {
    absenceImportProgress(importId: $importId) {
      phase
      processed
      total
    }
  }
`);
