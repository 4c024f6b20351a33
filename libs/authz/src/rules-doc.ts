import { subject } from '@casl/ability';
import { OrganisationKind, Role } from '@aanwezig/domain';
import { defineAbilityFor, type Action, type Subject, type SubjectShape } from './ability';

const ME = 'doc-user';
const OWN = 'own';
const OTHER = 'other';

interface Probe<S extends Subject> {
  /** How the cell names the case when it is allowed. */
  when: string;
  facts: SubjectShape[S];
}

interface RuleRow<S extends Subject> {
  what: string;
  action: Action;
  subject: S;
  probes: Probe<S>[];
}

const signal = (route: string, over: Partial<SubjectShape['Signal']>): SubjectShape['Signal'] => ({
  regionId: 'r',
  schoolId: OTHER,
  route,
  residenceMunicipalityId: OTHER,
  mentorUserIds: [],
  ...over,
});

/** The rules beside the field matrix (who acts, and who hears what), asked of defineAbilityFor itself. */
const ROWS: RuleRow<Subject>[] = [
  ...['LEGAL', 'MEDICAL', 'SCHOOL'].map((route) => ({
    what: `read ${route.toLowerCase()}-route signals`,
    action: 'read' as const,
    subject: 'Signal' as const,
    probes: [
      { when: 'own school', facts: signal(route, { schoolId: OWN }) },
      { when: 'own classes', facts: signal(route, { schoolId: OWN, mentorUserIds: [ME] }) },
      { when: 'pupils living in own municipality', facts: signal(route, { residenceMunicipalityId: OWN }) },
    ],
  })),
  {
    what: 'read pupils (the roster)',
    action: 'read',
    subject: 'Pupil',
    probes: [
      { when: 'own school', facts: { regionId: 'r', schoolId: OWN, mentorUserIds: [] } },
      { when: 'own classes', facts: { regionId: 'r', schoolId: OWN, mentorUserIds: [ME] } },
    ],
  },
  {
    what: 'set the worry flag',
    action: 'update',
    subject: 'WorryFlag',
    probes: [{ when: 'own school', facts: { regionId: 'r', schoolId: OWN } }],
  },
  {
    what: 'write to parents',
    action: 'create',
    subject: 'Letter',
    probes: [{ when: 'own school', facts: { regionId: 'r', schoolId: OWN } }],
  },
  {
    what: 'write jeugdarts advice',
    action: 'create',
    subject: 'Advice',
    probes: [{ when: 'own organisation involved', facts: { regionId: 'r', involvedOrganisationIds: [OWN] } }],
  },
  {
    what: 'record the report to DUO',
    action: 'update',
    subject: 'LegalReport',
    probes: [{ when: 'own school', facts: { regionId: 'r', schoolId: OWN } }],
  },
  {
    what: 'import absence registrations',
    action: 'create',
    subject: 'Absence',
    probes: [{ when: 'own school', facts: { regionId: 'r', schoolId: OWN } }],
  },
] as RuleRow<Subject>[];

const KIND: Partial<Record<Role, OrganisationKind>> = {
  ATTENDANCE_OFFICER: OrganisationKind.MUNICIPALITY,
  YOUTH_DOCTOR: OrganisationKind.YOUTH_HEALTH,
};

/** The "who acts" section of docs/authz-matrix.md. */
export function renderAbilityRules(): string[] {
  const roles = Object.values(Role);
  const cell = (row: RuleRow<Subject>, role: Role) => {
    const ability = defineAbilityFor({
      userId: ME,
      regionId: 'r',
      memberships: [{ role, organisationId: OWN, organisationKind: KIND[role] ?? OrganisationKind.SCHOOL }],
    });
    const allowed = row.probes
      .filter((p) => ability.can(row.action, subject(row.subject, p.facts as never) as never))
      .map((p) => p.when);
    // A broader probe that holds makes the narrower ones after it redundant (own school covers own classes).
    return allowed.length > 0 ? allowed[0] : '–';
  };
  return [
    '## Who acts, and who hears of signals',
    '',
    'Read from `defineAbilityFor` for a member of one organisation ("own"); every other organisation answers "–".',
    '',
    `| | ${roles.join(' | ')} |`,
    `|---|${roles.map(() => '---').join('|')}|`,
    ...ROWS.map((row) => `| ${row.what} | ${roles.map((role) => cell(row, role)).join(' | ')} |`),
    '',
  ];
}
