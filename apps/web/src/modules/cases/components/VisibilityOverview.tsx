import { useTranslation } from 'react-i18next';
import type { DataCategory, ShieldReason } from '../../../generated/graphql';
import { TableScroll } from '../../shared/TableScroll';

export interface OrganisationView {
  organisation: { id: string; name: string };
  role: string;
  categories: readonly { category: DataCategory; visible: boolean; reason?: ShieldReason | null }[];
}

/**
 * "Wie ziet wat": each role at the school and the involved organisations, and per kind of data whether
 * it sees it now, and if not why. It follows every consent recorded or withdrawn.
 */
export function VisibilityOverview({ views }: { views: readonly OrganisationView[] }) {
  const { t } = useTranslation();
  if (views.length === 0) return null;
  const categories = views[0].categories.map((c) => c.category);
  return (
    <TableScroll label={t('case.visibility.title')}>
      <table className="utrecht-table aanwezig-visibility">
        <caption className="utrecht-table__caption">{t('case.visibility.title')}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('case.visibility.who')}
            </th>
            {categories.map((category) => (
              <th key={category} className="utrecht-table__header-cell" scope="col">
                {t(`category.${category}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {views.map((view) => (
            <tr key={`${view.organisation.id}|${view.role}`} className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="row">
                {t('session.as', { role: t(`role.${view.role}`), organisation: view.organisation.name })}
              </th>
              {view.categories.map((c) => (
                <td
                  key={c.category}
                  className={`utrecht-table__cell ${c.visible ? 'aanwezig-sees' : 'aanwezig-sees-not'}`}
                >
                  {c.visible ? t('case.visibility.sees') : t(`case.visibility.not.${c.reason ?? 'NOT_PERMITTED'}`)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The roles that may read a category now, outside the given organisation (e.g. who reads the jeugdarts's advice). */
export function readersOf(
  views: readonly OrganisationView[],
  category: DataCategory,
  except: readonly string[],
): OrganisationView[] {
  return views.filter(
    (v) => !except.includes(v.organisation.id) && v.categories.some((c) => c.category === category && c.visible),
  );
}
