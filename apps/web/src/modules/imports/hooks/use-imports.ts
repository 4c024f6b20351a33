import { useCallback } from 'react';
import { useClient, useMutation } from 'urql';
import { ImportAbsencesMutation } from '../graphql/import-absences.mutation';
import { ImportProgressQuery } from '../graphql/import-progress.query';
import { ImportFormatsQuery } from '../graphql/import-formats.query';
import { useReloadableQuery } from '../../shared/use-reloadable-query';

export function useImportAbsences() {
  return useMutation(ImportAbsencesMutation);
}

/** Asks how far a running import is (from the server, never the cache); null when it is not known (yet). */
export function useImportProgress(): (importId: string) => Promise<{ processed: number; total: number } | null> {
  const client = useClient();
  return useCallback(
    async (importId: string) => {
      const answer = await client
        .query(ImportProgressQuery, { importId }, { requestPolicy: 'network-only' })
        .toPromise();
      const now = answer.data?.absenceImportProgress;
      return now ? { processed: now.processed, total: now.total } : null;
    },
    [client],
  );
}

/** What a file must look like per mapping (columns, dates, values), as the API reads it. */
export function useImportFormats() {
  return useReloadableQuery({ query: ImportFormatsQuery });
}
