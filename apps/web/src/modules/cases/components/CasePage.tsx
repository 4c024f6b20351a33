import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Alert, Button, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { useLiveRoom } from '../../shared/live';
import { AttendanceChart } from './AttendanceChart';
import { Field } from '../../shared/Shielded';
import { AdviceSection } from './AdviceSection';
import { VisibilityOverview } from './VisibilityOverview';
import { useCase, useWithdrawConsent } from '../hooks/use-cases';
import { ConsentForm } from './ConsentForm';
import { errorMessage } from '../../shared/error-message';
import { useFormat } from '../../shared/use-format';
import { timelineText } from '../../shared/server-texts';

/**
 * One pupil's case as you may see it: every shielded field says so and why. Changes by others (a
 * consent withdrawn, an action added) arrive live and the page refetches.
 */
export function CasePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const { data, fetching, error, reload } = useCase(id);
  useLiveRoom('case', id, reload);
  const [, withdraw] = useWithdrawConsent();
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
      </Alert>
    );
  const c = data?.case;
  if (!c) return null;
  const adviceOrganisationIds = me?.capabilities?.adviceOrganisationIds ?? [];
  const mayWithdraw = managesSchool(me, c.school?.id ?? '-');

  const withdrawConsent = async (consentId: string) => {
    setProblem(null);
    const result = await withdraw({ id: consentId });
    if (result.error) return setProblem(errorMessage(result.error));
    setDone(t('case.consentWithdrawn'));
    reload();
  };

  return (
    <main id="main">
      <Heading1>{format.pupil(c.pupil)}</Heading1>
      <Paragraph>
        {c.school?.name} · {t('cases.category')}:{' '}
        <Field value={c.category && t(`reports.group.${c.category}`)} field="category" shielded={c.shielded} /> ·{' '}
        {t('cases.typology')}:{' '}
        <Field value={c.typology && t(`reports.group.${c.typology}`)} field="typology" shielded={c.shielded} /> ·{' '}
        {t('case.tier')}: <Field value={c.tier} field="tier" shielded={c.shielded} />
      </Paragraph>
      <Paragraph>
        {t('case.worry')}:{' '}
        <Field
          value={c.worryFlag === null || c.worryFlag === undefined ? null : c.worryFlag ? t('case.yes') : t('case.no')}
          field="worryFlag"
          shielded={c.shielded}
        />
      </Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{t('state.error', { message: problem })}</Paragraph>
        </Alert>
      )}
      {done && <Paragraph role="status">{done}</Paragraph>}

      <Heading2>{t('case.attendance')}</Heading2>
      {c.attendance ? (
        <Paragraph>
          {t('case.daysMissed')}:{' '}
          <Field value={c.attendance.daysMissed} field="daysMissed" shielded={c.attendance.shielded} /> ·{' '}
          {t('case.unauthorised')}:{' '}
          <Field value={c.attendance.unauthorisedHours} field="unauthorisedHours" shielded={c.attendance.shielded} /> ·{' '}
          {t('case.sickReports')}:{' '}
          <Field value={c.attendance.sickReports} field="sickReports" shielded={c.attendance.shielded} /> (
          {t('case.since', { date: format.date(c.attendance.from) })})
        </Paragraph>
      ) : (
        <Paragraph>{t('case.noAttendance')}</Paragraph>
      )}
      {c.attendance && (
        <AttendanceChart
          weeks={c.attendance.weeks}
          unit={t(c.school?.sector === 'PO' ? 'case.chart.clockHours' : 'case.chart.lessonHours')}
        />
      )}

      <AdviceSection
        caseId={c.id}
        advice={c.advice}
        views={c.visibility ?? []}
        doctorOrganisationIds={adviceOrganisationIds.length > 0 ? adviceOrganisationIds : null}
        onError={setProblem}
        onSaved={(message) => {
          setProblem(null);
          setDone(message);
          reload();
        }}
      />

      <section aria-labelledby="case-consents">
        <Heading2 id="case-consents">{t('case.consents')}</Heading2>
        {c.consentRecording.categories.length > 0 && c.pupil ? (
          <ConsentForm
            caseId={c.id}
            dateOfBirth={c.pupil.dateOfBirth}
            guardians={c.pupil.guardians}
            categories={c.consentRecording.categories}
            organisations={c.consentRecording.recipients}
            onError={setProblem}
            onRecorded={() => {
              setDone(t('case.consentRecorded'));
              reload();
            }}
          />
        ) : (
          <Paragraph>{t('consent.notHolder')}</Paragraph>
        )}
        {c.consents.length === 0 ? (
          <Paragraph>{t('case.noConsents')}</Paragraph>
        ) : (
          <ul>
            {c.consents.map((k) => (
              <li key={k.id}>
                {k.purpose}: {k.categories.map((cat) => t(`category.${cat}`)).join(', ')} →{' '}
                {k.organisations.map((o) => o.name).join(', ')} (
                {k.active
                  ? t('case.active')
                  : k.withdrawnAt
                    ? t('case.withdrawn', { date: format.date(k.withdrawnAt) })
                    : t('case.inactive')}
                )
                {k.active && mayWithdraw && (
                  <>
                    {' '}
                    <Button appearance="subtle-button" onClick={() => void withdrawConsent(k.id)}>
                      {t('case.withdraw')}
                    </Button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        <VisibilityOverview views={c.visibility ?? []} />
      </section>

      <section aria-labelledby="case-actions">
        <Heading2 id="case-actions">{t('case.actions')}</Heading2>
        {c.actions.length === 0 ? (
          <Paragraph>{t('case.noActions')}</Paragraph>
        ) : (
          <ul>
            {c.actions.map((a) => (
              <li key={a.id}>
                <Field value={a.title} field="title" shielded={a.shielded} /> –{' '}
                <Field value={a.owner?.name} field="owner" shielded={a.shielded} />,{' '}
                {t('home.due', { date: format.date(a.dueDate) })}
                {a.overdue && <strong> · {t('home.overdue')}</strong>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="case-timeline">
        <Heading2 id="case-timeline">{t('case.timeline')}</Heading2>
        <ul>
          {c.timeline.map((e) => (
            <li key={e.id}>
              {format.date(e.at)}: <Field value={timelineText(e, t)} field="summary" shielded={e.shielded} /> (
              <Field value={e.actor?.name} field="actor" shielded={e.shielded} />)
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
