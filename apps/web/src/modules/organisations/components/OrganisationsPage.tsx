import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  Alert,
  Button,
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { OrganisationsQuery } from '../graphql/organisations.query';
import { errorMessage } from '../../shared/error-message';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: OrganisationsQuery });

  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
        <Button appearance="secondary-action-button" onClick={() => refetch({ requestPolicy: 'network-only' })}>
          {t('state.retry')}
        </Button>
      </Alert>
    );
  }
  const organisations = data?.organisations ?? [];
  return (
    <main id="main">
      <Heading1>{t('organisations.title', { region: data?.region.name ?? '' })}</Heading1>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      {organisations.length === 0 ? (
        <Paragraph>{t('organisations.empty')}</Paragraph>
      ) : (
        <Table aria-describedby="organisation-count">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('organisations.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('organisations.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('organisations.sector')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {organisations.map((o) => (
              <TableRow key={o.id}>
                <TableCell>{o.name}</TableCell>
                <TableCell>{t(`kind.${o.kind}`)}</TableCell>
                <TableCell>{o.sector ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Paragraph id="organisation-count">{t('organisations.count', { count: organisations.length })}</Paragraph>
    </main>
  );
}
