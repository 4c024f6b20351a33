import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { ageOn, dutchDate, requiredGivers } from '@aanwezig/domain';
import type { ConsentMethod, DataCategory } from '../../../generated/graphql';
import { useRecordConsent } from '../hooks/use-cases';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useOutcome } from '../../shared/use-outcome';

/** The order categories are offered in; the server says which of them this user may record (Case.consentRecording). */
const CATEGORIES: DataCategory[] = [
  'SICK_LEAVE',
  'WORRY_AND_NOTES',
  'HOME_SITUATION',
  'DOCTOR_ADVICE',
  'ATTENDANCE_SUMMARY',
  'UNAUTHORISED_ABSENCE',
  'CLASSIFICATION',
  'IDENTITY',
];
const METHODS: ConsentMethod[] = ['PAPER', 'DIGITAL', 'IN_PERSON', 'PHONE'];

interface Props {
  caseId: string;
  dateOfBirth: string;
  guardians: { id: string; name: string; relation: string; hasParentalAuthority: boolean }[];
  /** The categories the user's organisation holds of this pupil: only those may be recorded. */
  categories: DataCategory[];
  /** The recipients the user may name: never an organisation they work for. */
  organisations: { id: string; name: string }[];
  onRecorded: () => void;
}

/**
 * Records a consent; the pupil's age says who must give it, and the form says so before you submit.
 * It offers only what the user may record: the data their organisation holds, for other organisations.
 */
export function ConsentForm({
  caseId,
  dateOfBirth,
  guardians,
  categories: recordable,
  organisations,
  onRecorded,
}: Props) {
  const { t } = useTranslation();
  const age = ageOn(dateOfBirth, dutchDate());
  const required = requiredGivers(
    age,
    guardians.filter((g) => g.hasParentalAuthority).map((g) => g.id),
  );
  const [purpose, setPurpose] = useState('');
  const [categories, setCategories] = useState<DataCategory[]>([]);
  const [organisationIds, setOrganisationIds] = useState<string[]>([]);
  const [method, setMethod] = useState<ConsentMethod>('PAPER');
  const [byPupil, setByPupil] = useState(false);
  const [guardianIds, setGuardianIds] = useState<string[]>([]);
  const [{ fetching }, record] = useRecordConsent();
  const { outcome, run } = useOutcome();
  const toggle = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));
  const who = required.pupil && required.guardianIds.length > 0 ? 'both' : required.pupil ? 'pupil' : 'parents';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const named = organisations.filter((o) => organisationIds.includes(o.id)).map((o) => o.name);
    const data = await run(
      () =>
        record({
          input: {
            caseId,
            purpose,
            categories,
            organisationIds,
            method,
            givenByPupil: byPupil,
            guardianIds,
            validFrom: dutchDate(),
          },
        }),
      () =>
        t('case.consentRecorded', {
          count: named.length,
          organisations: named.join(', '),
          categories: categories.map((c) => t(`category.${c}`)).join(', '),
        }),
    );
    if (!data) return;
    setPurpose('');
    setCategories([]);
    setOrganisationIds([]);
    setGuardianIds([]);
    setByPupil(false);
    onRecorded();
  };
  return (
    <form className="aanwezig-form" onSubmit={(e) => void submit(e)} aria-labelledby="consent-form">
      <Heading3 id="consent-form">{t('consent.title')}</Heading3>
      <Paragraph>{t('consent.whoRecords')}</Paragraph>
      <Paragraph>{t(`consent.who.${who}`, { age })}</Paragraph>
      <FormField>
        <FormLabel htmlFor="consent-purpose">{t('consent.purpose')}</FormLabel>
        <Textbox id="consent-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value)} required />
      </FormField>
      <fieldset className="aanwezig-fieldset">
        <legend>{t('consent.categories')}</legend>
        {CATEGORIES.filter((c) => recordable.includes(c)).map((c) => (
          <FormField key={c} type="checkbox">
            <Checkbox
              id={`consent-cat-${c}`}
              checked={categories.includes(c)}
              onChange={(e) => setCategories(toggle(categories, c, e.target.checked))}
            />
            <FormLabel htmlFor={`consent-cat-${c}`} type="checkbox">
              {t(`category.${c}`)}
            </FormLabel>
          </FormField>
        ))}
      </fieldset>
      <fieldset className="aanwezig-fieldset">
        <legend>{t('consent.organisations')}</legend>
        {organisations.map((o) => (
          <FormField key={o.id} type="checkbox">
            <Checkbox
              id={`consent-org-${o.id}`}
              checked={organisationIds.includes(o.id)}
              onChange={(e) => setOrganisationIds(toggle(organisationIds, o.id, e.target.checked))}
            />
            <FormLabel htmlFor={`consent-org-${o.id}`} type="checkbox">
              {o.name}
            </FormLabel>
          </FormField>
        ))}
      </fieldset>
      <fieldset className="aanwezig-fieldset">
        <legend>{t('consent.givenBy')}</legend>
        <FormField type="checkbox">
          <Checkbox id="consent-pupil" checked={byPupil} onChange={(e) => setByPupil(e.target.checked)} />
          <FormLabel htmlFor="consent-pupil" type="checkbox">
            {t('consent.pupil')}
            {required.pupil ? ` (${t('consent.required')})` : ''}
          </FormLabel>
        </FormField>
        {guardians.map((g) => (
          <FormField key={g.id} type="checkbox">
            <Checkbox
              id={`consent-guardian-${g.id}`}
              checked={guardianIds.includes(g.id)}
              onChange={(e) => setGuardianIds(toggle(guardianIds, g.id, e.target.checked))}
            />
            <FormLabel htmlFor={`consent-guardian-${g.id}`} type="checkbox">
              {g.name}
              {required.guardianIds.includes(g.id)
                ? ` (${t('consent.required')})`
                : g.hasParentalAuthority
                  ? ''
                  : ` (${t('consent.noAuthority')})`}
            </FormLabel>
          </FormField>
        ))}
      </fieldset>
      <FormField>
        <FormLabel htmlFor="consent-method">{t('consent.method')}</FormLabel>
        <Select id="consent-method" value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
          {METHODS.map((m) => (
            <SelectOption key={m} value={m}>
              {t(`consent.methods.${m}`)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <Button type="submit" appearance="primary-action-button" busy={fetching}>
        {t('consent.submit')}
      </Button>
      <OutcomeMessage outcome={outcome} />
    </form>
  );
}
