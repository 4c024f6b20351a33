import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FormField, FormLabel, Heading1, Heading2, Paragraph, Textbox } from '@utrecht/component-library-react';
import { useDemoUsers, useDevLogin } from '../hooks/use-auth';
import { useSession } from '../hooks/session';
import { outcomeOf } from '../../shared/outcome';
import { OutcomeMessage } from '../../shared/OutcomeMessage';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const { data: demo } = useDemoUsers();
  const [{ fetching, error }, devLogin] = useDevLogin();

  const [tried, setTried] = useState('');
  const submit = async (address: string) => {
    setTried(address);
    const result = await devLogin({ email: address });
    if (result.data) signIn(result.data.devLogin.token);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(email);
  };
  const demoUsers = byPerson(demo?.demoUsers ?? []);

  return (
    <main id="main">
      <Heading1>{t('signIn.title')}</Heading1>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <form className="aanwezig-sign-in" onSubmit={onSubmit} aria-label={t('signIn.title')}>
        <FormField>
          <FormLabel htmlFor="email">{t('signIn.email')}</FormLabel>
          <Textbox
            id="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </FormField>
        <Button type="submit" appearance="primary-action-button" disabled={fetching}>
          {t('signIn.submit')}
        </Button>
        {error && <OutcomeMessage outcome={outcomeOf(error, () => void submit(tried))} />}
      </form>
      {demoUsers.length > 0 && (
        <section aria-labelledby="demo-users">
          <Heading2 id="demo-users">{t('signIn.demoUsers')}</Heading2>
          <ul className="aanwezig-demo-users">
            {demoUsers.map((u) => (
              <li key={u.email}>
                <Button appearance="secondary-action-button" onClick={() => void submit(u.email)} disabled={fetching}>
                  {u.name}
                </Button>{' '}
                <span>{u.roles.map((r) => `${t(`role.${r.role}`)} · ${r.organisationName}`).join('; ')}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

type DemoUserRow = { email: string; name: string; role: string; organisationName: string };

/** One entry per person: the API lists a row per membership, and some people hold several. */
function byPerson(rows: readonly DemoUserRow[]) {
  const people = new Map<string, { email: string; name: string; roles: DemoUserRow[] }>();
  for (const row of rows) {
    const person = people.get(row.email) ?? { email: row.email, name: row.name, roles: [] };
    person.roles.push(row);
    people.set(row.email, person);
  }
  return [...people.values()];
}
