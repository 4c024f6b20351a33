import { useCallback } from 'react';
import { useClient, type CombinedError } from 'urql';
import type { AuditTrailFilter, SubjectAccessPdfQueryVariables } from '../../../generated/graphql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { AuditSubjectsQuery } from '../graphql/audit-subjects.query';
import { AuditTrailQuery } from '../graphql/audit-trail.query';
import { AuditTrailActorsQuery } from '../graphql/audit-trail-actors.query';
import { SubjectAccessExportQuery } from '../graphql/subject-access-export.query';
import { SubjectAccessPdfQuery } from '../graphql/subject-access-pdf.query';

/** Pupils of the school found by name or number; nothing is asked before a search (`null`). Every search is logged. */
export function useAuditSubjects(search: string | null) {
  return useReloadableQuery({
    query: AuditSubjectsQuery,
    variables: { search: search ?? '' },
    pause: search === null,
    requestPolicy: 'network-only',
  });
}

/** A page of one pupil's access log, newest first, narrowed by `filter`, always from the server. */
export function useAuditTrail(pupilId: string, after: string | null, filter: AuditTrailFilter) {
  return useReloadableQuery({
    query: AuditTrailQuery,
    variables: { pupilId, after, filter },
    requestPolicy: 'network-only',
  });
}

/** The people who appear in one pupil's access log (to filter it by), always from the server. */
export function useAuditTrailActors(pupilId: string) {
  return useReloadableQuery({ query: AuditTrailActorsQuery, variables: { pupilId }, requestPolicy: 'network-only' });
}

export type SubjectAccessFormat = 'PDF' | 'JSON';

/** A PDF that came over GraphQL as base64, as bytes for a download. */
export function pdfBlob(base64: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: 'application/pdf' });
}

/**
 * The subject-access export of one pupil as a file: the parents' PDF or the full JSON. The request's
 * reference and date go with it (the API checks them and logs the export with them).
 */
export function useSubjectAccessFile(): (
  format: SubjectAccessFormat,
  variables: SubjectAccessPdfQueryVariables,
) => Promise<{ error?: CombinedError; file?: Blob }> {
  const client = useClient();
  return useCallback(
    async (format, variables) => {
      const options = { requestPolicy: 'network-only' as const };
      if (format === 'PDF') {
        const r = await client.query(SubjectAccessPdfQuery, variables, options).toPromise();
        return { error: r.error, file: r.data ? pdfBlob(r.data.subjectAccessPdf) : undefined };
      }
      const r = await client.query(SubjectAccessExportQuery, variables, options).toPromise();
      return {
        error: r.error,
        file: r.data ? new Blob([r.data.subjectAccessExport], { type: 'application/json' }) : undefined,
      };
    },
    [client],
  );
}
