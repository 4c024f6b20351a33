import { graphql } from '../../../generated';

/** What an absence file must look like per mapping: the import page shows it. */
export const ImportFormatsQuery = graphql(`
  query ImportFormats {
    absenceImportFormats {
      mapping
      dateFormat
      columns {
        column
        names
        required
      }
      authorisedValues
      reasonValues {
        value
        reason
      }
    }
  }
`);
