import { useTranslation } from 'react-i18next';
import { Shielded, type ShieldInfo } from '../../shared/Shielded';

export interface WrittenEntry {
  id: string;
  category: string;
  body?: string | null;
  author?: { name: string } | null;
  shielded: readonly ShieldInfo[];
}

/** Minutes or decisions of an agenda item: "[category] text – author", each part shielded as the API says. */
export function WrittenEntries({ entries }: { entries: readonly WrittenEntry[] }) {
  const { t } = useTranslation();
  return (
    <ul>
      {entries.map((e) => (
        <li key={e.id}>
          [{t(`category.${e.category}`)}] {e.body ?? <Shielded field="body" shielded={e.shielded} />} –{' '}
          {e.author?.name ?? <Shielded field="author" shielded={e.shielded} />}
        </li>
      ))}
    </ul>
  );
}
