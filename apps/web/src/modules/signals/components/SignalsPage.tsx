import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dutchDate } from '@aanwezig/domain';
import { Alert, Button, ButtonGroup, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMe } from '../../auth/hooks/me';
import { managesSchool } from '../../auth/hooks/roles';
import { Shielded } from '../../shared/Shielded';
import {
  useAcknowledgeSignal,
  useSignals,
  useSignalToAgenda,
  useSignalToCase,
  useUpcomingMeetings,
} from '../hooks/use-signals';
import { AgendaPicker } from './AgendaPicker';
import { DuoReportForm } from './DuoReportForm';
import { useRuleLabel } from '../../protocol/rule-label';
import { errorMessage } from '../../shared/error-message';
import { usePupilChanges } from '../../shared/live';
import { useFormat } from '../../shared/use-format';

/** The signals routed to you, newest first, with the rule explained; acknowledge one, make it a case or put it on a meeting's agenda. */
export function SignalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  // Only the school's coordinators open cases; the button is not offered to anyone else.
  const mayOpenCaseAt = (schoolId: string) => managesSchool(me, schoolId);
  const [showWithdrawn, setShowWithdrawn] = useState(false);
  const { data, fetching, error, reload } = useSignals(showWithdrawn);
  // A consent withdrawn or expired for one of these pupils: what may be shown of them changed.
  usePupilChanges(reload);
  const [, acknowledge] = useAcknowledgeSignal();
  const [, toCase] = useSignalToCase();
  const [, toAgenda] = useSignalToAgenda();
  // Fixed per visit: a new timestamp on every render would refetch for ever.
  const from = useMemo(() => new Date().toISOString(), []);
  const managesAny = managesSchool(me);
  const { data: upcoming } = useUpcomingMeetings(from, managesAny);
  const meetingsOf = (schoolId: string) =>
    (upcoming?.meetings.edges.map((e) => e.node) ?? []).filter((m) => m.organisation.id === schoolId);
  const ruleLabel = useRuleLabel();
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const today = dutchDate();

  const handle = async (id: string, action: 'acknowledge' | 'case' | 'agenda', meetingId = '') => {
    setBusy(id);
    setMessage(null);
    const result =
      action === 'acknowledge'
        ? await acknowledge({ id })
        : action === 'case'
          ? await toCase({ id })
          : await toAgenda({ id, meetingId });
    setBusy(null);
    if (result.error) return setMessage({ kind: 'error', text: errorMessage(result.error) });
    setMessage({
      kind: 'done',
      text: t(
        action === 'acknowledge' ? 'signals.acknowledged' : action === 'case' ? 'signals.caseMade' : 'signals.onAgenda',
      ),
    });
    reload();
  };

  if (fetching && !data) return <Paragraph role="status">{t('state.loading')}</Paragraph>;
  if (error)
    return (
      <Alert type="error" role="alert">
        <Paragraph>{t('state.error', { message: errorMessage(error) })}</Paragraph>
      </Alert>
    );
  const signals = data?.signals.edges.map((e) => e.node) ?? [];
  return (
    <main id="main">
      <Heading1>{showWithdrawn ? t('signals.withdrawnTitle') : t('signals.title')}</Heading1>
      <Paragraph>{t('signals.intro')}</Paragraph>
      <Button appearance="subtle-button" aria-pressed={showWithdrawn} onClick={() => setShowWithdrawn(!showWithdrawn)}>
        {showWithdrawn ? t('signals.showNew') : t('signals.showWithdrawn')}
      </Button>
      {message &&
        (message.kind === 'done' ? (
          <Paragraph role="status">{message.text}</Paragraph>
        ) : (
          <Alert type="error" role="alert">
            <Paragraph>{message.text}</Paragraph>
          </Alert>
        ))}
      <Paragraph id="signal-count">
        {t(showWithdrawn ? 'signals.withdrawnCount' : 'signals.count', {
          shown: signals.length,
          count: data?.signals.totalCount ?? 0,
        })}
      </Paragraph>
      {signals.length === 0 ? (
        <Paragraph>{showWithdrawn ? t('signals.withdrawnEmpty') : t('signals.empty')}</Paragraph>
      ) : (
        <ul className="aanwezig-cards">
          {signals.map((s) => (
            <li key={s.id} className="aanwezig-card">
              <Heading2>{ruleLabel(s.rule, s.label)}</Heading2>
              <Paragraph>
                {s.pupil ? format.pupil(s.pupil) : <Shielded field="pupil" shielded={s.shielded} />} · {s.school.name}
              </Paragraph>
              <Paragraph>
                {t(`signals.route.${s.route}`)} · {t('signals.since', { date: format.date(s.windowStart, 'dayMonth') })}
                {s.value !== null && s.value !== undefined
                  ? ` · ${t('signals.value', { value: format.number(s.value) })}`
                  : ''}
                {s.crossedOn ? ` · ${t('signals.crossedOn', { date: format.date(s.crossedOn) })}` : ''}
              </Paragraph>
              {s.withdrawnAt != null && (
                <Paragraph>{t('signals.withdrawn', { date: format.date(s.withdrawnAt) })}</Paragraph>
              )}
              {s.withdrawnAt != null && s.legalReport && (
                <Paragraph>
                  {t('signals.withdrawnAfterReport', {
                    date: format.date(s.legalReport.reportedOn),
                    reference: s.legalReport.reference,
                  })}
                </Paragraph>
              )}
              {s.rule === 'LEGAL_REPORT' &&
                s.withdrawnAt == null &&
                (s.legalReport ? (
                  <Paragraph>
                    {t('signals.reported', {
                      date: format.date(s.legalReport.reportedOn),
                      reference: s.legalReport.reference,
                      by: s.legalReport.recordedBy,
                    })}
                    {s.legalReport.late ? ` ${t('signals.reportedLate')}` : ''}
                  </Paragraph>
                ) : s.reportDue ? (
                  <Paragraph>
                    {s.reportDue < today
                      ? t('signals.reportOverdue', { date: format.date(s.reportDue) })
                      : t('signals.reportDue', { date: format.date(s.reportDue) })}
                  </Paragraph>
                ) : null)}
              {s.rule === 'LEGAL_REPORT' && s.withdrawnAt == null && !s.legalReport && mayOpenCaseAt(s.school.id) && (
                <DuoReportForm
                  signalId={s.id}
                  onDone={() => {
                    setMessage({ kind: 'done', text: t('signals.markedReported') });
                    reload();
                  }}
                />
              )}
              {s.withdrawnAt == null && (
                <ButtonGroup>
                  {mayOpenCaseAt(s.school.id) && (
                    <Button
                      appearance="primary-action-button"
                      busy={busy === s.id}
                      onClick={() => void handle(s.id, 'case')}
                    >
                      {t('signals.makeCase')}
                    </Button>
                  )}
                  <Button
                    appearance={mayOpenCaseAt(s.school.id) ? 'secondary-action-button' : 'primary-action-button'}
                    busy={busy === s.id}
                    onClick={() => void handle(s.id, 'acknowledge')}
                  >
                    {t('signals.acknowledge')}
                  </Button>
                </ButtonGroup>
              )}
              {s.withdrawnAt == null && mayOpenCaseAt(s.school.id) && upcoming && (
                <AgendaPicker
                  signalId={s.id}
                  meetings={meetingsOf(s.school.id)}
                  busy={busy === s.id}
                  onPick={(meetingId) => void handle(s.id, 'agenda', meetingId)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
