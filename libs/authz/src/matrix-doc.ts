import { DATA_CATEGORY_LABEL_NL, ROLE_LABEL_NL, Role, type DataCategory } from '@aanwezig/domain';
import { FIELD_CATEGORIES } from './field-categories';
import { renderAbilityRules } from './rules-doc';
import { VISIBILITY_MATRIX, type Basis } from './visibility';

const BASIS_TEXT: Record<Basis, string> = {
  ALWAYS: 'yes',
  INVOLVED: 'when involved',
  AUTHOR_ORGANISATION: "author's organisation",
  CONSENT: 'consent',
  NEVER: '–',
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
    ...categories.map((c) => `| ${c} (${DATA_CATEGORY_LABEL_NL[c]}) | ${roles.map((r) => BASIS_TEXT[VISIBILITY_MATRIX[c][r] ?? 'NEVER']).join(' | ')} |`),
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
      ...Object.entries(fields).map(([field, category]) => `| ${field} | ${Array.isArray(category) ? category.join(' + ') : category} |`),
      '',
    ]),
  ];
  return lines.join('\n');
}
