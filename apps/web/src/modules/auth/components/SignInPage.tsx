import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  Alert,
  Button,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
  Textbox,
} from '@utrecht/component-library-react';
import { useDemoUsers, useDevLogin, useSignInOrganisations } from '../hooks/use-auth';
import { useSession } from '../hooks/session';
import { outcomeOf, type Outcome } from '../../shared/outcome';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { oidcStartUrl, signInErrorKey, validWorkEmail } from '../lib/sign-in';
import './auth.css';

/**
 * Signing in: the work e-mail address says which organisation's identity provider to go to (the server
 * answers /auth/oidc/start with a redirect there), or the organisation is picked from the list. Where
 * dev login is on, the demo people sign in with one button each. What went wrong at the provider comes
 * back as `?fout=<code>[&organisatie=<name>]` and is said at the top, with what to do.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<Outcome | null>(null);
  const organisations = useSignInOrganisations();
  const { data: demo } = useDemoUsers();
  const [{ fetching, error }, devLogin] = useDevLogin();

  const [tried, setTried] = useState('');
  const demoSignIn = async (address: string) => {
    setTried(address);
    const result = await devLogin({ email: address });
    if (result.data) signIn();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const address = email.trim();
    const invalid = !address ? 'signIn.emailMissing' : validWorkEmail(address) ? null : 'signIn.emailInvalid';
    setProblem(invalid ? { kind: 'invalid', text: t(invalid), field: 'email' } : null);
    if (!invalid) window.location.assign(oidcStartUrl({ email: address }));
  };
  const demoUsers = byPerson(demo?.demoUsers ?? []);
  const choices = organisations.data?.signInOrganisations ?? [];
  const fout = params.get('fout');

  return (
    <main id="main">
      <Heading1>{t('signIn.title')}</Heading1>
      {fout && (
        <SignInError
          code={fout}
          // A name from the address is said only when it is one of the organisations one can sign in
          // through (the server's own list), so a crafted link cannot put words in the page.
          organisation={
            choices.find((o) => o.name === params.get('organisatie'))?.name ??
            (organisations.fetching ? undefined : null)
          }
        />
      )}
      <Paragraph>{t('signIn.intro')}</Paragraph>
      <div className="aanwezig-sign-in-ways">
        <form className="aanwezig-sign-in" onSubmit={onSubmit} noValidate>
          <Heading2 id="sign-in-email-heading">{t('signIn.withEmail')}</Heading2>
          <FormField>
            <FormLabel htmlFor="email">{t('signIn.email')}</FormLabel>
            <FormFieldDescription id="email-hint">{t('signIn.emailHint')}</FormFieldDescription>
            <Textbox
              id="email"
              name="email"
              type="email"
              autoComplete="email"
              aria-describedby={problem ? 'email-hint email-problem' : 'email-hint'}
              invalid={Boolean(problem)}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </FormField>
          <OutcomeMessage outcome={problem} id="email-problem" />
          <div>
            <Button type="submit" appearance="primary-action-button">
              {t('signIn.next')}
            </Button>
          </div>
        </form>
        {choices.length > 0 && (
          <section aria-labelledby="sign-in-organisations" className="aanwezig-sign-in-organisations">
            <Heading2 id="sign-in-organisations">{t('signIn.organisations')}</Heading2>
            <ul>
              {choices.map((o) => (
                <li key={o.id}>
                  {/* A whole-page navigation: the server sends the browser on to the organisation's provider. */}
                  <a href={oidcStartUrl({ organisationId: o.id })}>{o.name}</a>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      {demoUsers.length > 0 && (
        <section aria-labelledby="demo-users">
          <Heading2 id="demo-users">{t('signIn.demoUsers')}</Heading2>
          <Paragraph>{t('signIn.demoIntro')}</Paragraph>
          <ul className="aanwezig-demo-users">
            {demoUsers.map((u) => (
              <li key={u.email}>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => void demoSignIn(u.email)}
                  disabled={fetching}
                >
                  {u.name}
                </Button>{' '}
                <span>{u.roles.map((r) => `${t(`role.${r.role}`)} · ${r.organisationName}`).join('; ')}</span>
              </li>
            ))}
          </ul>
          {error && <OutcomeMessage outcome={outcomeOf(error, () => void demoSignIn(tried))} />}
        </section>
      )}
    </main>
  );
}

/**
 * Why signing in at the organisation's provider did not let one in, and what to do. `organisation`:
 * its name, null when not known, undefined while the list to check it against is still loading.
 */
function SignInError({ code, organisation }: { code: string; organisation: string | null | undefined }) {
  const { t } = useTranslation();
  if (organisation === undefined) return null;
  const text = t(`signIn.errors.${signInErrorKey(code)}`, {
    organisation: organisation ?? '',
    context: organisation ? undefined : 'unnamed',
  });
  return (
    <Alert type="error" role="alert" className="aanwezig-sign-in-error">
      <Heading2>{t('signIn.failed')}</Heading2>
      <Paragraph>{text}</Paragraph>
    </Alert>
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
