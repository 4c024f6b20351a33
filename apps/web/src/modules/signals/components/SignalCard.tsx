import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dutchDate } from '@aanwezig/domain';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { SignalsQuery } from '../../../generated/graphql';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useOutcome } from '../../shared/use-outcome';
import { useFormat } from '../../shared/use-format';
import { useRuleLabel } from '../../protocol/rule-label';
import { useAcknowledgeSignal, useSignalToAgenda, useSignalToCase } from '../hooks/use-signals';
import { AgendaPicker, type UpcomingMeeting } from './AgendaPicker';
import { DuoReportForm } from './DuoReportForm';

export type SignalNode = SignalsQuery['signals']['edges'][number]['node'];

/**
 * One signal: its rule, what was measured (with its unit), its deadline to DUO, and what the reader may do
 * with it. When it has been handled it stays where it was, with what became of it and a link to the case,
 * until the person moves on (the inbox itself, and its count, no longer hold it).
 */
export function SignalCard({
  signal: s,
  mayManage,
  meetings,
  handled,
  onHandled,
}: {
  signal: SignalNode;
  /** The reader runs this school's follow-up: makes cases, puts signals on agendas, records the DUO report. */
  mayManage: boolean;
  /** The school's planned meetings, once known (null: not asked or not loaded yet). */
  meetings: readonly UpcomingMeeting[] | null;
  handled: boolean;
  onHandled: (signal: SignalNode) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ruleLabel = useRuleLabel();
  const outcome = useOutcome();
  const [, acknowledge] = useAcknowledgeSignal();
  const [, toCase] = useSignalToCase();
  const [, toAgenda] = useSignalToAgenda();
  const [busy, setBusy] = useState(false);
  const [caseId, setCaseId] = useState<string | null>(s.pupilCaseId ?? null);
  const today = dutchDate();
  const pupil = s.pupil ? s.pupil.displayName : t('signals.thePupil');
  // What may still be done: a new signal is seen, made a case or put on an agenda; one seen already can
  // still become a case or go on an agenda (the API allows that); the others are done with.
  const open = !handled && s.withdrawnAt == null && (s.status === 'NEW' || s.status === 'ACKNOWLEDGED');
  const hadCase = s.pupilCaseId != null;

  const attempt = async <D,>(
    request: () => Promise<import('urql').OperationResult<D>>,
    done: (data: D) => { text: string; caseId: string | null },
  ) => {
    setBusy(true);
    let linked: string | null = null;
    const data = await outcome.run(request, (d) => {
      const result = done(d);
      linked = result.caseId;
      return result.text;
    });
    setBusy(false);
    if (data === undefined) return;
    if (linked) setCaseId(linked);
    onHandled(s);
  };

  return (
    <li className="aanwezig-card" data-signal={s.id}>
      <Heading3>{ruleLabel(s.rule, s.label)}</Heading3>
      <Paragraph>
        {t(`signals.route.${s.route}`)} · {t('signals.since', { date: format.date(s.windowStart, 'dayMonth') })}
        {s.value != null && s.unit
          ? ` · ${t('signals.measured', { what: t(`signals.unit.${s.unit}`, { count: s.value, value: format.number(s.value) }) })}`
          : ''}
        {s.crossedOn ? ` · ${t('signals.crossedOn', { date: format.date(s.crossedOn) })}` : ''}
      </Paragraph>
      {s.withdrawnAt != null && <Paragraph>{t('signals.withdrawn', { date: format.date(s.withdrawnAt) })}</Paragraph>}
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
      {s.rule === 'LEGAL_REPORT' && s.withdrawnAt == null && !s.legalReport && mayManage && (
        <DuoReportForm signalId={s.id} outcome={outcome} />
      )}
      {open && (
        <ButtonGroup>
          {mayManage && (
            <Button
              appearance="primary-action-button"
              busy={busy}
              onClick={() =>
                void attempt(
                  () => toCase({ id: s.id }),
                  (d) => ({
                    text: t(hadCase ? 'signals.caseAdded' : 'signals.caseMade', { pupil }),
                    caseId: d.signalToCase.caseId,
                  }),
                )
              }
            >
              {t('signals.makeCase')}
            </Button>
          )}
          {s.status === 'NEW' && (
            <Button
              appearance={mayManage ? 'secondary-action-button' : 'primary-action-button'}
              busy={busy}
              onClick={() =>
                void attempt(
                  () => acknowledge({ id: s.id }),
                  () => ({ text: t('signals.acknowledged'), caseId: null }),
                )
              }
            >
              {t('signals.acknowledge')}
            </Button>
          )}
        </ButtonGroup>
      )}
      {open && mayManage && meetings && (
        <AgendaPicker
          signalId={s.id}
          meetings={meetings}
          busy={busy}
          opensCase={!hadCase}
          onPick={(meeting) =>
            void attempt(
              () => toAgenda({ id: s.id, meetingId: meeting.id }),
              (d) => ({
                text: t(hadCase ? 'signals.onAgenda' : 'signals.onAgendaCaseOpened', { meeting: meeting.title, pupil }),
                caseId: d.signalToAgenda.pupilCaseId ?? d.signalToAgenda.caseId ?? null,
              }),
            )
          }
        />
      )}
      <OutcomeMessage outcome={outcome.outcome} />
      {caseId && (handled || outcome.outcome?.kind === 'done') && (
        <Paragraph>
          <Link to={`/casussen/${caseId}`}>{t('signals.toCaseOf', { pupil })}</Link>
        </Paragraph>
      )}
    </li>
  );
}
