import { Role } from '../role';
import { AbsenceReason, hoursIn, type Absence, type Counting } from './absence';
import { summarise } from './attendance';
import type { SchoolCalendar } from './calendar';
import type { IsoDate } from './dates';

/** Where a signal goes: the legal route (leerplicht), the medical route (school care, then jeugdarts), or the school. */
export const SignalRoute = { LEGAL: 'LEGAL', MEDICAL: 'MEDICAL', SCHOOL: 'SCHOOL' } as const;
export type SignalRoute = (typeof SignalRoute)[keyof typeof SignalRoute];

export const RuleKey = {
  LEGAL_REPORT: 'LEGAL_REPORT',
  EARLY_SIGNAL: 'EARLY_SIGNAL',
  LUXURY_LEAVE: 'LUXURY_LEAVE',
  FREQUENT_SICK: 'FREQUENT_SICK',
  LONG_SICK: 'LONG_SICK',
  LATES: 'LATES',
  LATES_LEGAL: 'LATES_LEGAL',
  SAT_DISCUSS: 'SAT_DISCUSS',
  ACT_NOW: 'ACT_NOW',
  AT_RISK_HOME: 'AT_RISK_HOME',
  HOME_SITTER: 'HOME_SITTER',
} as const;
export type RuleKey = (typeof RuleKey)[keyof typeof RuleKey];

/** One rule of a region's protocol, as data a region can change (DOMAIN.md, "Protocol rules"). */
export interface ProtocolRule {
  key: RuleKey;
  /** Hours, occurrences or a percentage, per rule. */
  threshold: number;
  /** School weeks the rule looks back; null means the school year so far. */
  windowSchoolWeeks: number | null;
  route: SignalRoute;
  /** Who hears first. */
  recipient: Role;
  enabled: boolean;
  /** For rules whose law is not in force yet: off until the region switches them on. */
  awaitingLaw: boolean;
  basis: string;
}

export const DEFAULT_PROTOCOL: readonly ProtocolRule[] = [
  {
    key: 'LEGAL_REPORT',
    threshold: 16,
    windowSchoolWeeks: 4,
    route: 'LEGAL',
    recipient: Role.ATTENDANCE_OFFICER,
    enabled: true,
    awaitingLaw: false,
    basis: 'Leerplichtwet 1969 art. 21a',
  },
  {
    key: 'EARLY_SIGNAL',
    threshold: 3,
    windowSchoolWeeks: 4,
    route: 'LEGAL',
    recipient: Role.ATTENDANCE_OFFICER,
    enabled: false,
    awaitingLaw: true,
    basis: 'Wet terugdringen schoolverzuim (Kamerstuk 36663)',
  },
  {
    key: 'LUXURY_LEAVE',
    threshold: 1,
    windowSchoolWeeks: 4,
    route: 'LEGAL',
    recipient: Role.ATTENDANCE_OFFICER,
    enabled: true,
    awaitingLaw: false,
    basis: 'Leerplichtwet',
  },
  {
    key: 'FREQUENT_SICK',
    threshold: 4,
    windowSchoolWeeks: 12,
    route: 'MEDICAL',
    recipient: Role.CARE_COORDINATOR,
    enabled: true,
    awaitingLaw: false,
    basis: 'M@ZL-methode (NCJ)',
  },
  {
    key: 'LONG_SICK',
    threshold: 7,
    windowSchoolWeeks: null,
    route: 'MEDICAL',
    recipient: Role.CARE_COORDINATOR,
    enabled: true,
    awaitingLaw: false,
    basis: 'M@ZL-methode (NCJ)',
  },
  {
    key: 'LATES',
    threshold: 3,
    windowSchoolWeeks: 1,
    route: 'SCHOOL',
    recipient: Role.MENTOR,
    enabled: true,
    awaitingLaw: false,
    basis: 'schoolprotocol',
  },
  {
    key: 'LATES_LEGAL',
    threshold: 10,
    windowSchoolWeeks: null,
    route: 'LEGAL',
    recipient: Role.ATTENDANCE_OFFICER,
    enabled: true,
    awaitingLaw: false,
    basis: 'gemeentelijke regels',
  },
  {
    key: 'SAT_DISCUSS',
    threshold: 95,
    windowSchoolWeeks: null,
    route: 'SCHOOL',
    recipient: Role.ATTENDANCE_COORDINATOR,
    enabled: true,
    awaitingLaw: false,
    basis: 'MSA-aanbeveling',
  },
  {
    key: 'ACT_NOW',
    threshold: 85,
    windowSchoolWeeks: null,
    route: 'SCHOOL',
    recipient: Role.ATTENDANCE_COORDINATOR,
    enabled: true,
    awaitingLaw: false,
    basis: 'SWV-aanbeveling',
  },
  {
    key: 'AT_RISK_HOME',
    threshold: 10,
    windowSchoolWeeks: null,
    route: 'SCHOOL',
    recipient: Role.CARE_COORDINATOR,
    enabled: true,
    awaitingLaw: false,
    basis: 'verzuimonderzoek',
  },
  {
    key: 'HOME_SITTER',
    threshold: 4,
    windowSchoolWeeks: 4,
    route: 'LEGAL',
    recipient: Role.ATTENDANCE_OFFICER,
    enabled: true,
    awaitingLaw: false,
    basis: 'NJI-definitie thuiszitter',
  },
];

/**
 * A legal report the school has not reported to DUO by its deadline goes to these roles at the school
 * (the attendance coordinator runs the follow-up, the school leader answers for official reports).
 */
export const LEGAL_REPORT_ESCALATION_ROLES: readonly Role[] = [Role.ATTENDANCE_COORDINATOR, Role.SCHOOL_LEADER];

/** What raises a signal: a protocol rule, or a mentor's worry flag (zorgenvinkje), which is a signal too. */
export const SignalKind = { ...RuleKey, WORRY: 'WORRY' } as const;
export type SignalKind = (typeof SignalKind)[keyof typeof SignalKind];

export const WORRY_LABEL_NL = 'Zorgenvinkje: de mentor maakt zich zorgen';

/**
 * Each rule in plain Dutch as a template: the region's own threshold and window fill it. The web's
 * Dutch screen uses these same templates; its English screen has its own (apps/web locales).
 */
export const RULE_LABEL_TEMPLATES_NL: Record<RuleKey, string> = {
  LEGAL_REPORT: '{{threshold}} uur ongeoorloofd verzuim {{period}}: melden bij leerplicht',
  EARLY_SIGNAL: 'Zorgwekkend ongeoorloofd verzuim: {{threshold}} keer {{period}}, onder de meldgrens',
  LUXURY_LEAVE: 'Luxeverzuim rond vakanties',
  FREQUENT_SICK: '{{Ordinal}} ziekmelding {{period}}',
  LONG_SICK: '{{Ordinal}} schooldag achter elkaar ziek',
  LATES: '{{threshold}} keer te laat {{period}}: mentor belt ouders',
  LATES_LEGAL: 'Meer dan {{belowThreshold}} keer te laat {{period}}',
  SAT_DISCUSS: 'Aanwezigheid onder {{threshold}}%: bespreken in het SAT',
  ACT_NOW: 'Aanwezigheid onder {{threshold}}%: nu handelen',
  AT_RISK_HOME: 'Meer dan {{threshold}}% afwezig: risico op thuiszitten',
  HOME_SITTER: '{{threshold}} lesweken aaneengesloten afwezig zonder vrijstelling',
};

const ORDINALS_NL = [
  'nulde',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
];

/** The values a rule template takes, in Dutch: numbers as nl-NL, the period in school weeks or the school year. */
export function ruleLabelParamsNl({ threshold, windowSchoolWeeks }: RuleSetting): Record<string, string> {
  const ordinal = ORDINALS_NL[threshold] ?? `${threshold}e`;
  return {
    threshold: threshold.toLocaleString('nl-NL'),
    belowThreshold: (threshold - 1).toLocaleString('nl-NL'),
    Ordinal: ordinal.charAt(0).toUpperCase() + ordinal.slice(1),
    period:
      windowSchoolWeeks === null
        ? 'dit schooljaar'
        : windowSchoolWeeks === 1
          ? 'in een lesweek'
          : `in ${windowSchoolWeeks} lesweken`,
  };
}

/** Fills {{name}} placeholders (the i18next syntax, so the web can use the same templates). */
export function fillTemplate(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => params[name] ?? '');
}

export type RuleSetting = Pick<ProtocolRule, 'threshold' | 'windowSchoolWeeks'>;

/** A rule in plain Dutch with its threshold and window (the region's, else the default). */
export function ruleLabel(key: RuleKey, setting: RuleSetting = DEFAULT_PROTOCOL.find((r) => r.key === key)!): string {
  return fillTemplate(RULE_LABEL_TEMPLATES_NL[key], ruleLabelParamsNl(setting));
}

/** The signal's reason in plain Dutch, as the inbox and the feedback say it, with the region's setting of its rule. */
export function signalLabel(kind: SignalKind, setting?: RuleSetting): string {
  return kind === SignalKind.WORRY ? WORRY_LABEL_NL : ruleLabel(kind, setting);
}

export interface RuleInput {
  today: IsoDate;
  calendar: SchoolCalendar;
  counting: Counting;
  /** All the pupil's registrations, from every school they attended. */
  absences: readonly Absence[];
  /** The first school day of the year, for rules that look at the school year so far. */
  yearStart: IsoDate;
}

export interface RuleOutcome {
  triggered: boolean;
  /** The measured value the threshold was compared with. */
  value: number;
  windowStart: IsoDate;
}

/** Evaluates one rule for one pupil on one day. Pure: the same input gives the same outcome. */
export function evaluateRule(rule: ProtocolRule, input: RuleInput): RuleOutcome {
  const { today, calendar, counting } = input;
  const windowStart =
    rule.windowSchoolWeeks === null ? input.yearStart : calendar.windowStart(today, rule.windowSchoolWeeks);
  const inWindow = input.absences.filter(
    (a) => a.date >= windowStart && a.date <= today && calendar.isSchoolDay(a.date),
  );
  const unauthorised = inWindow.filter((a) => !a.authorised);
  const unauthorisedHours = hoursIn(unauthorised, counting);
  const summary = () => summarise(input.absences, calendar, windowStart, today, counting);
  const outcome = (value: number, triggered: boolean): RuleOutcome => ({
    value: Math.round(value * 10) / 10,
    triggered: rule.enabled && triggered,
    windowStart,
  });

  switch (rule.key) {
    case 'LEGAL_REPORT':
      return outcome(unauthorisedHours, unauthorisedHours >= rule.threshold);
    case 'EARLY_SIGNAL': {
      const occasions = new Set(unauthorised.map((a) => a.date)).size;
      return outcome(occasions, occasions >= rule.threshold && unauthorisedHours < 16);
    }
    case 'LUXURY_LEAVE': {
      const count = unauthorised.filter((a) => a.reason === AbsenceReason.LUXURY_LEAVE).length;
      return outcome(count, count >= rule.threshold);
    }
    case 'FREQUENT_SICK': {
      const reports = summary().sickReports;
      return outcome(reports, reports >= rule.threshold);
    }
    case 'LONG_SICK': {
      const run = summary().consecutiveSickSchoolDays;
      return outcome(run, run >= rule.threshold);
    }
    case 'LATES':
    case 'LATES_LEGAL': {
      const lates = inWindow.filter((a) => a.reason === AbsenceReason.LATE).length;
      return outcome(lates, lates >= rule.threshold);
    }
    case 'SAT_DISCUSS':
    case 'ACT_NOW': {
      const percentage = summary().percentage;
      return outcome(percentage, percentage < rule.threshold);
    }
    case 'AT_RISK_HOME': {
      const absent = 100 - summary().percentage;
      return outcome(absent, absent > rule.threshold);
    }
    case 'HOME_SITTER': {
      // Absent every school day of the window, and not on an exemption.
      const days = calendar.schoolDays(windowStart, today);
      const absentDays = new Set(
        inWindow
          .filter((a) => a.reason !== AbsenceReason.EXEMPT && a.minutes >= counting.schoolDayMinutes / 2)
          .map((a) => a.date),
      );
      const weeks = rule.windowSchoolWeeks ?? 4;
      const allAbsent = days.length > 0 && days.every((d) => absentDays.has(d));
      return outcome(allAbsent ? weeks : 0, allAbsent && weeks >= rule.threshold);
    }
  }
}
