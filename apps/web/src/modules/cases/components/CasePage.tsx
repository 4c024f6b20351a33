import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { CaseActions } from '../../actions/components/CaseActions';
import { useLiveRoom } from '../../shared/live';
import { QueryState } from '../../shared/QueryState';
import { AttendanceChart } from './AttendanceChart';
import { Field } from '../../shared/Shielded';
import { AdviceSection } from './AdviceSection';
import { VisibilityOverview } from './VisibilityOverview';
import { useCase } from '../hooks/use-cases';
import { ConsentForm } from './ConsentForm';
import { ConsentList } from './ConsentList';
import { CaseClosing, CaseDetails, CaseEditForm } from './CaseWork';
import { useFormat } from '../../shared/use-format';
import { readableParams } from './timeline-params';
import './case-page.css';
import { timelineText } from '../../shared/server-texts';

/**
 * One pupil's case as you may see it: every shielded field says so and why. What you may change is
 * offered as the API says (Case.editing); every outcome appears next to the control that caused it.
 * Changes by others (a consent withdrawn, an action added) arrive live and the page refetches.
 */
export function CasePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const query = useCase(id);
  const { data, reload } = query;
  useLiveRoom('case', id, reload);

  const c = data?.case;
  if (!data) return <main id="main">{<QueryState query={query} />}</main>;
  if (!c) return null;
  const adviceOrganisationIds = me?.capabilities?.adviceOrganisationIds ?? [];
  const mayWithdraw = managesSchool(me, c.school?.id ?? '-');
  const a = c.attendance;

  return (
    <main id="main" className="aanwezig-case-page">
      <Heading1>{format.pupil(c.pupil)}</Heading1>
      <CaseDetails work={c} schoolName={c.school?.name} pupilNumber={c.pupil?.pupilNumber} />
      <CaseEditForm key={`${c.id}|${c.status === 'CLOSED'}`} work={c} onSaved={reload} />
      <CaseClosing key={c.id} work={c} onChanged={reload} />

      <section aria-labelledby="case-attendance">
        <Heading2 id="case-attendance">{t('case.attendance')}</Heading2>
        {a ? (
          <Paragraph>
            {t('case.daysMissed')}:{' '}
            <Field value={format.number(a.daysMissed)} field="daysMissed" shielded={a.shielded} /> ·{' '}
            {t('case.unauthorised')}:{' '}
            <Field value={format.number(a.unauthorisedHours)} field="unauthorisedHours" shielded={a.shielded} /> ·{' '}
            {t('case.sickReports')}:{' '}
            <Field value={format.number(a.sickReports)} field="sickReports" shielded={a.shielded} /> (
            {t('case.since', { date: format.date(a.from) })})
          </Paragraph>
        ) : (
          <Paragraph>{t('case.noAttendance')}</Paragraph>
        )}
        {a && (
          <AttendanceChart
            weeks={a.weeks}
            unit={t(c.school?.sector === 'PO' ? 'case.chart.clockHours' : 'case.chart.lessonHours')}
          />
        )}
      </section>

      <AdviceSection
        caseId={c.id}
        advice={c.advice}
        views={c.visibility ?? []}
        doctorOrganisationIds={adviceOrganisationIds.length > 0 ? adviceOrganisationIds : null}
        onSaved={reload}
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
            onRecorded={reload}
          />
        ) : (
          <Paragraph>{t('consent.notHolder')}</Paragraph>
        )}
        <ConsentList consents={c.consents} mayWithdraw={mayWithdraw} onWithdrawn={reload} />
        <VisibilityOverview views={c.visibility ?? []} />
      </section>

      <CaseActions caseId={c.id} />

      <section aria-labelledby="case-timeline">
        <Heading2 id="case-timeline">{t('case.timeline')}</Heading2>
        <ul>
          {c.timeline.map((e) => (
            <li key={e.id}>
              {format.date(e.at)}:{' '}
              <Field
                value={timelineText({ ...e, params: readableParams(e.params, format, t) }, t)}
                field="summary"
                shielded={e.shielded}
              />{' '}
              (<Field value={e.actor?.name} field="actor" shielded={e.shielded} />)
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
