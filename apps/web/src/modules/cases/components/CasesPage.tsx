import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Button, FormField, FormLabel, Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textbox } from '@utrecht/component-library-react';
import { Shielded } from '../../shared/Shielded';
import { CasesQuery } from '../graphql/cases.query';
import { errorMessage } from '../../shared/error-message';

/** The cases you may see, most recently changed first; search by name or pupil number, load more. */
export function CasesPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: CasesQuery, variables: { filter: applied ? { search: applied } : null, after } });
  const [shown, setShown] = useState<NonNullable<typeof data>['cases']['edges']>([]);
  const [seen, setSeen] = useState<string | null>(null);
  // Pages accumulate when "more" is asked for; a new search starts over.
  const key = `${applied}|${after ?? ''}`;
  if (data && seen !== key) {
    setSeen(key);
    setShown(after ? [...shown, ...data.cases.edges] : data.cases.edges);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAfter(null);
    setApplied(search.trim());
  };
  const locale = i18n.language === 'en' ? 'en-GB' : 'nl-NL';
  return (
    <main id="main">
      <Heading1>{t('cases.title')}</Heading1>
      <form className="aanwezig-form" role="search" onSubmit={submit}>
        <FormField>
          <FormLabel htmlFor="case-search">{t('cases.search')}</FormLabel>
          <Textbox id="case-search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button">
          {t('cases.searchButton')}
        </Button>
      </form>
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
        </Alert>
      )}
      {fetching && shown.length === 0 && <Paragraph role="status">{t('state.loading')}</Paragraph>}
      {data && <Paragraph>{t('cases.count', { shown: shown.length, count: data.cases.totalCount })}</Paragraph>}
      {data && shown.length === 0 ? (
        <Paragraph>{t('cases.empty')}</Paragraph>
      ) : (
        <div className="aanwezig-table-scroll">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('cases.pupil')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.school')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.category')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.typology')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.openActions')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('cases.nextMeeting')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map(({ node: c }) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row">
                    <Link to={`/casussen/${c.id}`}>{c.pupil ? `${c.pupil.displayName} (${c.pupil.groupName})` : t('cases.shieldedPupil')}</Link>
                  </TableHeaderCell>
                  <TableCell>{c.school?.name ?? '–'}</TableCell>
                  <TableCell>{c.category ? t(`reports.group.${c.category}`) : c.shielded.some((s) => s.field === 'category') ? <Shielded field="category" shielded={c.shielded} /> : '–'}</TableCell>
                  <TableCell>{c.typology ? t(`reports.group.${c.typology}`) : c.shielded.some((s) => s.field === 'typology') ? <Shielded field="typology" shielded={c.shielded} /> : '–'}</TableCell>
                  <TableCell>{c.openActionCount}</TableCell>
                  <TableCell>{c.nextMeeting ? new Date(String(c.nextMeeting.startsAt)).toLocaleDateString(locale, { day: 'numeric', month: 'long', timeZone: 'Europe/Amsterdam' }) : '–'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {data?.cases.pageInfo.hasNextPage && (
        <Button appearance="secondary-action-button" busy={fetching} onClick={() => setAfter(data.cases.pageInfo.endCursor ?? null)}>
          {t('cases.more')}
        </Button>
      )}
    </main>
  );
}
