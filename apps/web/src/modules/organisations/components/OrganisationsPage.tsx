import { useTranslation } from 'react-i18next';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useOrganisations } from '../hooks/use-organisations';
import { QueryState } from '../../shared/QueryState';
import { DataTable } from '../../shared/DataTable';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const query = useOrganisations();
  const { data } = query;

  if (!data) return <QueryState query={query} />;
  const organisations = data?.organisations ?? [];
  return (
    <main id="main">
      <Heading1>{t('organisations.title', { region: data?.region.name ?? '' })}</Heading1>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      {organisations.length === 0 ? (
        <Paragraph>{t('organisations.empty')}</Paragraph>
      ) : (
        <DataTable
          aria-describedby="organisation-count"
          rows={organisations}
          rowKey={(o) => o.id}
          columns={[
            { key: 'name', header: t('organisations.name'), cell: (o) => o.name },
            { key: 'kind', header: t('organisations.kind'), cell: (o) => t(`kind.${o.kind}`) },
            { key: 'sector', header: t('organisations.sector'), cell: (o) => o.sector ?? '–' },
          ]}
        />
      )}
      <Paragraph id="organisation-count">{t('organisations.count', { count: organisations.length })}</Paragraph>
    </main>
  );
}
