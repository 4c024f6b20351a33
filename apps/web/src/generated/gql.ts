/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": typeof types.DemoUsersDocument,
    "\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.DevLoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query StartPage($from: DateTime!) {\n    myActions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          caseId\n          title\n          dueDate\n          overdue\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n    meetings(first: 5, filter: { from: $from, status: PLANNED }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          location\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.StartPageDocument,
    "\n  query DraftLetter($caseId: ID!, $template: LetterTemplate!, $language: LetterLanguage!) {\n    draftLetter(caseId: $caseId, template: $template, language: $language) {\n      template\n      language\n      subject\n      body\n      daysMissed\n      guardians {\n        id\n        name\n        relation\n        email\n        hasParentalAuthority\n      }\n    }\n  }\n": typeof types.DraftLetterDocument,
    "\n  query LetterCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n": typeof types.LetterCasesDocument,
    "\n  mutation SendLetter($input: SendLetterInput!) {\n    sendLetter(input: $input) {\n      id\n      delivery\n      emailedAt\n      recipients\n    }\n  }\n": typeof types.SendLetterDocument,
    "\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query CensusDates {\n    censusDates {\n      id\n      date\n      takenAt\n    }\n  }\n": typeof types.CensusDatesDocument,
    "\n  query MsaReport($censusId: ID!) {\n    msaReport(censusId: $censusId) {\n      census {\n        id\n        date\n      }\n      threshold\n      summary\n      trend {\n        censusId\n        date\n        share\n        changePercent\n        total {\n          ...ReportCellFields\n        }\n        byCategory {\n          ...ReportCellFields\n        }\n      }\n      category {\n        ...ReportTableFields\n      }\n      typology {\n        ...ReportTableFields\n      }\n      outcome {\n        ...ReportTableFields\n      }\n      exemptions5a {\n        ...ReportCellFields\n      }\n      absoluteAbsence {\n        ...ReportCellFields\n      }\n      ownSchoolIds\n      detail {\n        caseId\n        category\n        typology\n        status\n        shielded {\n          field\n          reason\n        }\n        case {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n\n  fragment ReportCellFields on ReportCell {\n    group\n    label\n    count\n    suppressed\n  }\n\n  fragment ReportTableFields on ReportTable {\n    dimension\n    population\n    share\n    rows {\n      schoolId\n      schoolName\n      population\n      share\n      cells {\n        ...ReportCellFields\n      }\n      total {\n        ...ReportCellFields\n      }\n    }\n    totals {\n      ...ReportCellFields\n    }\n    grandTotal {\n      ...ReportCellFields\n    }\n  }\n": typeof types.MsaReportDocument,
    "\n  mutation TakeCensus($input: TakeCensusInput!) {\n    takeCensus(input: $input) {\n      id\n      date\n    }\n  }\n": typeof types.TakeCensusDocument,
    "\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.AcknowledgeSignalDocument,
    "\n  mutation SignalToCase($id: ID!) {\n    signalToCase(id: $id) {\n      caseId\n      signal {\n        id\n        status\n        caseId\n      }\n    }\n  }\n": typeof types.SignalToCaseDocument,
    "\n  query Signals($status: SignalStatus) {\n    signals(first: 50, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          label\n          route\n          value\n          windowStart\n          raisedAt\n          status\n          caseId\n          school {\n            id\n            name\n          }\n          pupil {\n            id\n            displayName\n            groupName\n          }\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.SignalsDocument,
};
const documents: Documents = {
    "\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n": types.DemoUsersDocument,
    "\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.DevLoginDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query StartPage($from: DateTime!) {\n    myActions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          caseId\n          title\n          dueDate\n          overdue\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n    meetings(first: 5, filter: { from: $from, status: PLANNED }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          location\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n        }\n      }\n    }\n  }\n": types.StartPageDocument,
    "\n  query DraftLetter($caseId: ID!, $template: LetterTemplate!, $language: LetterLanguage!) {\n    draftLetter(caseId: $caseId, template: $template, language: $language) {\n      template\n      language\n      subject\n      body\n      daysMissed\n      guardians {\n        id\n        name\n        relation\n        email\n        hasParentalAuthority\n      }\n    }\n  }\n": types.DraftLetterDocument,
    "\n  query LetterCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n": types.LetterCasesDocument,
    "\n  mutation SendLetter($input: SendLetterInput!) {\n    sendLetter(input: $input) {\n      id\n      delivery\n      emailedAt\n      recipients\n    }\n  }\n": types.SendLetterDocument,
    "\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query CensusDates {\n    censusDates {\n      id\n      date\n      takenAt\n    }\n  }\n": types.CensusDatesDocument,
    "\n  query MsaReport($censusId: ID!) {\n    msaReport(censusId: $censusId) {\n      census {\n        id\n        date\n      }\n      threshold\n      summary\n      trend {\n        censusId\n        date\n        share\n        changePercent\n        total {\n          ...ReportCellFields\n        }\n        byCategory {\n          ...ReportCellFields\n        }\n      }\n      category {\n        ...ReportTableFields\n      }\n      typology {\n        ...ReportTableFields\n      }\n      outcome {\n        ...ReportTableFields\n      }\n      exemptions5a {\n        ...ReportCellFields\n      }\n      absoluteAbsence {\n        ...ReportCellFields\n      }\n      ownSchoolIds\n      detail {\n        caseId\n        category\n        typology\n        status\n        shielded {\n          field\n          reason\n        }\n        case {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n\n  fragment ReportCellFields on ReportCell {\n    group\n    label\n    count\n    suppressed\n  }\n\n  fragment ReportTableFields on ReportTable {\n    dimension\n    population\n    share\n    rows {\n      schoolId\n      schoolName\n      population\n      share\n      cells {\n        ...ReportCellFields\n      }\n      total {\n        ...ReportCellFields\n      }\n    }\n    totals {\n      ...ReportCellFields\n    }\n    grandTotal {\n      ...ReportCellFields\n    }\n  }\n": types.MsaReportDocument,
    "\n  mutation TakeCensus($input: TakeCensusInput!) {\n    takeCensus(input: $input) {\n      id\n      date\n    }\n  }\n": types.TakeCensusDocument,
    "\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      status\n    }\n  }\n": types.AcknowledgeSignalDocument,
    "\n  mutation SignalToCase($id: ID!) {\n    signalToCase(id: $id) {\n      caseId\n      signal {\n        id\n        status\n        caseId\n      }\n    }\n  }\n": types.SignalToCaseDocument,
    "\n  query Signals($status: SignalStatus) {\n    signals(first: 50, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          label\n          route\n          value\n          windowStart\n          raisedAt\n          status\n          caseId\n          school {\n            id\n            name\n          }\n          pupil {\n            id\n            displayName\n            groupName\n          }\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.SignalsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"): (typeof documents)["\n  query DemoUsers {\n    demoUsers {\n      email\n      name\n      role\n      organisationName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevLogin($email: String!) {\n    devLogin(email: $email) {\n      token\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      memberships {\n        role\n        organisation {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartPage($from: DateTime!) {\n    myActions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          caseId\n          title\n          dueDate\n          overdue\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n    meetings(first: 5, filter: { from: $from, status: PLANNED }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          location\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StartPage($from: DateTime!) {\n    myActions(first: 10) {\n      totalCount\n      edges {\n        node {\n          id\n          caseId\n          title\n          dueDate\n          overdue\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n    meetings(first: 5, filter: { from: $from, status: PLANNED }) {\n      edges {\n        node {\n          id\n          title\n          startsAt\n          location\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n    unreadNotificationCount\n    notifications(first: 5, unreadOnly: true) {\n      edges {\n        node {\n          id\n          kind\n          title\n          body\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DraftLetter($caseId: ID!, $template: LetterTemplate!, $language: LetterLanguage!) {\n    draftLetter(caseId: $caseId, template: $template, language: $language) {\n      template\n      language\n      subject\n      body\n      daysMissed\n      guardians {\n        id\n        name\n        relation\n        email\n        hasParentalAuthority\n      }\n    }\n  }\n"): (typeof documents)["\n  query DraftLetter($caseId: ID!, $template: LetterTemplate!, $language: LetterLanguage!) {\n    draftLetter(caseId: $caseId, template: $template, language: $language) {\n      template\n      language\n      subject\n      body\n      daysMissed\n      guardians {\n        id\n        name\n        relation\n        email\n        hasParentalAuthority\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LetterCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LetterCases {\n    cases(first: 100) {\n      edges {\n        node {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendLetter($input: SendLetterInput!) {\n    sendLetter(input: $input) {\n      id\n      delivery\n      emailedAt\n      recipients\n    }\n  }\n"): (typeof documents)["\n  mutation SendLetter($input: SendLetterInput!) {\n    sendLetter(input: $input) {\n      id\n      delivery\n      emailedAt\n      recipients\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    region {\n      id\n      name\n    }\n    organisations {\n      id\n      name\n      kind\n      sector\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CensusDates {\n    censusDates {\n      id\n      date\n      takenAt\n    }\n  }\n"): (typeof documents)["\n  query CensusDates {\n    censusDates {\n      id\n      date\n      takenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MsaReport($censusId: ID!) {\n    msaReport(censusId: $censusId) {\n      census {\n        id\n        date\n      }\n      threshold\n      summary\n      trend {\n        censusId\n        date\n        share\n        changePercent\n        total {\n          ...ReportCellFields\n        }\n        byCategory {\n          ...ReportCellFields\n        }\n      }\n      category {\n        ...ReportTableFields\n      }\n      typology {\n        ...ReportTableFields\n      }\n      outcome {\n        ...ReportTableFields\n      }\n      exemptions5a {\n        ...ReportCellFields\n      }\n      absoluteAbsence {\n        ...ReportCellFields\n      }\n      ownSchoolIds\n      detail {\n        caseId\n        category\n        typology\n        status\n        shielded {\n          field\n          reason\n        }\n        case {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n\n  fragment ReportCellFields on ReportCell {\n    group\n    label\n    count\n    suppressed\n  }\n\n  fragment ReportTableFields on ReportTable {\n    dimension\n    population\n    share\n    rows {\n      schoolId\n      schoolName\n      population\n      share\n      cells {\n        ...ReportCellFields\n      }\n      total {\n        ...ReportCellFields\n      }\n    }\n    totals {\n      ...ReportCellFields\n    }\n    grandTotal {\n      ...ReportCellFields\n    }\n  }\n"): (typeof documents)["\n  query MsaReport($censusId: ID!) {\n    msaReport(censusId: $censusId) {\n      census {\n        id\n        date\n      }\n      threshold\n      summary\n      trend {\n        censusId\n        date\n        share\n        changePercent\n        total {\n          ...ReportCellFields\n        }\n        byCategory {\n          ...ReportCellFields\n        }\n      }\n      category {\n        ...ReportTableFields\n      }\n      typology {\n        ...ReportTableFields\n      }\n      outcome {\n        ...ReportTableFields\n      }\n      exemptions5a {\n        ...ReportCellFields\n      }\n      absoluteAbsence {\n        ...ReportCellFields\n      }\n      ownSchoolIds\n      detail {\n        caseId\n        category\n        typology\n        status\n        shielded {\n          field\n          reason\n        }\n        case {\n          id\n          pupil {\n            id\n            displayName\n            groupName\n          }\n        }\n      }\n    }\n  }\n\n  fragment ReportCellFields on ReportCell {\n    group\n    label\n    count\n    suppressed\n  }\n\n  fragment ReportTableFields on ReportTable {\n    dimension\n    population\n    share\n    rows {\n      schoolId\n      schoolName\n      population\n      share\n      cells {\n        ...ReportCellFields\n      }\n      total {\n        ...ReportCellFields\n      }\n    }\n    totals {\n      ...ReportCellFields\n    }\n    grandTotal {\n      ...ReportCellFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TakeCensus($input: TakeCensusInput!) {\n    takeCensus(input: $input) {\n      id\n      date\n    }\n  }\n"): (typeof documents)["\n  mutation TakeCensus($input: TakeCensusInput!) {\n    takeCensus(input: $input) {\n      id\n      date\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeSignal($id: ID!) {\n    acknowledgeSignal(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignalToCase($id: ID!) {\n    signalToCase(id: $id) {\n      caseId\n      signal {\n        id\n        status\n        caseId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignalToCase($id: ID!) {\n    signalToCase(id: $id) {\n      caseId\n      signal {\n        id\n        status\n        caseId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Signals($status: SignalStatus) {\n    signals(first: 50, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          label\n          route\n          value\n          windowStart\n          raisedAt\n          status\n          caseId\n          school {\n            id\n            name\n          }\n          pupil {\n            id\n            displayName\n            groupName\n          }\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Signals($status: SignalStatus) {\n    signals(first: 50, status: $status) {\n      totalCount\n      edges {\n        node {\n          id\n          rule\n          label\n          route\n          value\n          windowStart\n          raisedAt\n          status\n          caseId\n          school {\n            id\n            name\n          }\n          pupil {\n            id\n            displayName\n            groupName\n          }\n          shielded {\n            field\n            reason\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;