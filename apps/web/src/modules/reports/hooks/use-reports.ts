import { useMutation } from 'urql';
import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { CensusDatesQuery } from '../graphql/census-dates.query';
import { MsaReportQuery } from '../graphql/msa-report.query';
import { TakeCensusMutation } from '../graphql/take-census.mutation';

/** The census dates (peildata) taken so far, newest first. */
export function useCensusDates() {
  return useReloadableQuery({ query: CensusDatesQuery });
}

/** The MSA report of one census; nothing is asked until one is chosen. */
export function useMsaReport(censusId: string | null) {
  return useReloadableQuery({ query: MsaReportQuery, variables: { censusId: censusId ?? '' }, pause: !censusId });
}

export function useTakeCensus() {
  return useMutation(TakeCensusMutation);
}
