import { useTranslation } from 'react-i18next';
import type { DataCategory, ShieldReason } from '../../../generated/graphql';
import { DataTable, type Column } from '../../shared/DataTable';

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
  const columns: Column<OrganisationView>[] = [
    {
      key: 'who',
      header: t('case.visibility.who'),
      rowHeader: true,
      cell: (view) => t('session.as', { role: t(`role.${view.role}`), organisation: view.organisation.name }),
    },
    ...views[0].categories.map(({ category }) => ({
      key: category,
      header: t(`category.${category}`),
      cell: (view: OrganisationView) => {
        const seen = visibilityOf(view, category);
        return seen.visible ? t('case.visibility.sees') : t(`case.visibility.not.${seen.reason ?? 'NOT_PERMITTED'}`);
      },
      cellClassName: (view: OrganisationView) =>
        visibilityOf(view, category).visible ? 'aanwezig-sees' : 'aanwezig-sees-not',
    })),
  ];
  return (
    <DataTable
      caption={t('case.visibility.title')}
      className="aanwezig-visibility"
      columns={columns}
      rows={views}
      rowKey={(view) => `${view.organisation.id}|${view.role}`}
    />
  );
}

/** Whether a role sees a category now, and if not why; a category the server did not list is not seen. */
export function visibilityOf(
  view: OrganisationView,
  category: DataCategory,
): { visible: boolean; reason?: ShieldReason | null } {
  return view.categories.find((c) => c.category === category) ?? { visible: false, reason: 'NOT_PERMITTED' };
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
