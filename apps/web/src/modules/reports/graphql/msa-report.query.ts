import { graphql } from '../../../generated';

export const MsaReportQuery = graphql(`
  query MsaReport($censusId: ID!) {
    msaReport(censusId: $censusId) {
      census {
        id
        date
      }
      threshold
      summary
      trend {
        censusId
        date
        share
        changePercent
        total {
          ...ReportCellFields
        }
        byCategory {
          ...ReportCellFields
        }
      }
      category {
        ...ReportTableFields
      }
      typology {
        ...ReportTableFields
      }
      outcome {
        ...ReportTableFields
      }
      exemptions5a {
        ...ReportCellFields
      }
      absoluteAbsence {
        ...ReportCellFields
      }
      ownSchoolIds
      detail {
        caseId
        category
        typology
        status
        shielded {
          ...ShieldedFields
        }
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
  }

  fragment ReportCellFields on ReportCell {
    group
    label
    count
    suppressed
  }

  fragment ReportTableFields on ReportTable {
    dimension
    population
    share
    rows {
      schoolId
      schoolName
      population
      share
      cells {
        ...ReportCellFields
      }
      total {
        ...ReportCellFields
      }
    }
    totals {
      ...ReportCellFields
    }
    grandTotal {
      ...ReportCellFields
    }
  }
`);
