import {
  DATA_CATEGORY_LABEL_NL,
  OrganisationKind,
  ROLE_LABEL_NL,
  Role,
  SCHOOL_STAFF_ROLES,
  type DataCategory,
} from '@aanwezig/domain';
import { CONSENT_HOLDER, CONSENT_RECORDER_ROLES } from './consent-recording';
import { FIELD_CATEGORIES } from './field-categories';
import { renderAbilityRules } from './rules-doc';
import { categoryVisibility, topicReader, VISIBILITY_MATRIX, type Basis } from './visibility';

const BASIS_TEXT: Record<Basis, string> = {
  ALWAYS: 'yes',
  INVOLVED: 'when involved',
  AUTHOR_ORGANISATION: "author's organisation",
  CONSENT: 'consent',
  NEVER: '–',
};

/** A topic item's cell, read through topicReader itself: a role at the hosting school, or a partner role. */
function topicCell(role: Role, category: DataCategory): string {
  const organisationId = SCHOOL_STAFF_ROLES.includes(role) || role === Role.PRIVACY_OFFICER ? 'host' : 'partner';
  const reader = topicReader(
    {
      userId: 'doc',
      regionId: 'doc',
      memberships: [{ role, organisationId, organisationKind: OrganisationKind.SCHOOL }],
    },
    'host',
  );
  if (categoryVisibility(reader, category).visible) return BASIS_TEXT.ALWAYS;
  if (categoryVisibility({ ...reader, authorOrganisationIds: [organisationId] }, category).visible)
    return BASIS_TEXT.AUTHOR_ORGANISATION;
  return BASIS_TEXT.NEVER;
}

const HOLDER_TEXT: Partial<Record<OrganisationKind, string>> = {
  SCHOOL: "the pupil's school",
  YOUTH_HEALTH: 'a GGD involved in the case (its advice)',
};

/** docs/authz-matrix.md, generated from the matrix data (a test keeps the committed file true). */
export function renderAuthzMatrix(): string {
  const roles = Object.values(Role);
  const categories = Object.keys(VISIBILITY_MATRIX) as DataCategory[];
  const lines = [
    '# Authorization matrix',
    '',
    'Generated from `libs/authz` (visibility.ts, field-categories.ts) by `libs/authz/src/matrix-doc.spec.ts`. Do not edit.',
    '',
    '"consent" means an active, unexpired, unwithdrawn consent naming that category and the reader\'s organisation.',
    'Partners (leerplicht, jeugdarts, SWV consultant, J&G coach) reach a case only while their organisation is involved;',
    'a mentor only the cases they work on; privacy officer and admin reach no case at all.',
    '',
    '## Who may see which category',
    '',
    `| category | ${roles.join(' | ')} |`,
    `|---|${roles.map(() => '---').join('|')}|`,
    ...categories.map(
      (c) =>
        `| ${c} (${DATA_CATEGORY_LABEL_NL[c]}) | ${roles.map((r) => BASIS_TEXT[VISIBILITY_MATRIX[c][r] ?? 'NEVER']).join(' | ')} |`,
    ),
    '',
    '## Writing minutes and decisions',
    '',
    'Nobody writes or overwrites a category they may not read: a minutes section or decision is written in a category only by',
    'someone who may read it there as its author, and an existing section is overwritten or corrected only by someone who may',
    'read it (its author stays). Refused with BAD_USER_INPUT on `category`, or FORBIDDEN on `sectionId` / `correctsSectionId`.',
    '',
    '### General-topic agenda items (no case)',
    '',
    "No pupil, so nobody is involved and no consent can name it: a topic's text follows its category's row as the hosting",
    'school would have it. Roles at the hosting school count (staff of another school bring none), partner roles count (partners',
    'reach a meeting only as invited participants); only "yes" and "author\'s organisation" cells hold.',
    '',
    `| category | ${roles.join(' | ')} |`,
    `|---|${roles.map(() => '---').join('|')}|`,
    ...categories.map((c) => `| ${c} | ${roles.map((r) => topicCell(r, c)).join(' | ')} |`),
    '',
    '## Who records a consent',
    '',
    'The organisation that holds the data a consent discloses records it, and never names an organisation the recorder works',
    'for (through any membership, also one they are not acting as): a recipient never records a consent that widens its own',
    'access. Others are refused with FORBIDDEN on `categories` or `organisationIds`. Whoever may record some category of a',
    'pupil may withdraw any of its consents (withdrawal only narrows).',
    '',
    '| category | held and recorded by | roles |',
    '|---|---|---|',
    ...categories.map(
      (c) =>
        `| ${c} | ${HOLDER_TEXT[CONSENT_HOLDER[c]] ?? CONSENT_HOLDER[c]} | ${(CONSENT_RECORDER_ROLES[CONSENT_HOLDER[c]] ?? []).join(', ')} |`,
    ),
    '',
    ...renderAbilityRules(),
    '## Roles',
    '',
    ...roles.map((r) => `- \`${r}\`: ${ROLE_LABEL_NL[r]}`),
    '',
    '## Fields and their categories',
    '',
    'OWN_CATEGORY: the record carries its own category. NOT_PUPIL_DATA: ids, dates, containers masked item by item. A + B: the field restates fields of both, shown only when both are.',
    '',
    ...Object.entries(FIELD_CATEGORIES).flatMap(([type, fields]) => [
      `### ${type}`,
      '',
      '| field | category |',
      '|---|---|',
      ...Object.entries(fields).map(
        ([field, category]) => `| ${field} | ${Array.isArray(category) ? category.join(' + ') : category} |`,
      ),
      '',
    ]),
  ];
  return lines.join('\n');
}
