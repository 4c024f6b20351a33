import { useReloadableQuery } from '../../shared/use-reloadable-query';
import { OrganisationsQuery } from '../graphql/organisations.query';

/** The region and its organisations (schools, leerplicht, GGD, ...). */
export function useOrganisations() {
  return useReloadableQuery({ query: OrganisationsQuery });
}
