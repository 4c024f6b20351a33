import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { useOrganisations } from '../hooks/use-organisations';
import { errorMessage } from '../../shared/error-message';
import { DataTable } from '../../shared/DataTable';

export function OrganisationsPage() {
  const { t } = useTranslation();
  const { data, fetching, error, reload } = useOrganisations();

  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error) {
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
        <Button appearance="secondary-action-button" onClick={reload}>
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
