import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  FormField,
  FormLabel,
  Heading2,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import type { CaseFilter } from '../../../generated/graphql';
import { useDeleteView, useSavedViews, useSaveView } from '../hooks/use-cases';
import { OutcomeMessage } from '../../shared/OutcomeMessage';
import { useOutcome } from '../../shared/use-outcome';

const NONE = '';

/** Without nulls, so a stored view and the screen's filter compare and travel as the same thing. */
export function compactFilter(filter: CaseFilter): CaseFilter {
  return Object.fromEntries(
    Object.entries(filter).filter(([key, value]) => key !== '__typename' && value !== null && value !== undefined),
  ) as CaseFilter;
}

/**
 * "Mijn weergaven": pick a saved filter, save the current one under a name (the same name replaces
 * it), or delete the chosen one. Views are kept on the server, so they follow the user.
 */
export function SavedViewPicker({ filter, onPick }: { filter: CaseFilter; onPick: (filter: CaseFilter) => void }) {
  const { t } = useTranslation();
  const { data, reload } = useSavedViews();
  const [save, saveView] = useSaveView();
  const [remove, deleteView] = useDeleteView();
  const [name, setName] = useState('');
  const saving = useOutcome();
  const removing = useOutcome();
  const views = data?.savedViews ?? [];
  const current = JSON.stringify(compactFilter(filter));
  const chosen = views.find((v) => JSON.stringify(compactFilter(v.filter)) === current);

  const onSave = async (event: FormEvent) => {
    event.preventDefault();
    const data = await saving.run(
      () => saveView({ name, filter: compactFilter(filter) }),
      (d) => t('cases.views.saved', { name: d.saveView.name }),
    );
    if (data) {
      setName('');
      reload();
    }
  };
  const onDelete = async () => {
    if (!chosen) return;
    const deleted = chosen.name;
    const data = await removing.run(
      () => deleteView({ id: chosen.id }),
      () => t('cases.views.deleted', { name: deleted }),
    );
    if (data) reload();
  };

  return (
    <section className="aanwezig-views" aria-labelledby="views-title">
      <Heading2 id="views-title">{t('cases.views.title')}</Heading2>
      <FormField>
        <FormLabel htmlFor="saved-view">{t('cases.views.pick')}</FormLabel>
        <Select
          id="saved-view"
          value={chosen?.id ?? NONE}
          onChange={(e) => onPick(compactFilter(views.find((v) => v.id === e.target.value)?.filter ?? {}))}
        >
          <SelectOption value={NONE}>
            {chosen || views.length === 0 ? t('cases.views.standard') : t('cases.views.unsaved')}
          </SelectOption>
          {views.map((v) => (
            <SelectOption key={v.id} value={v.id}>
              {v.name}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {chosen && (
        <Button appearance="subtle-button" busy={remove.fetching} onClick={() => void onDelete()}>
          {t('cases.views.delete', { name: chosen.name })}
        </Button>
      )}
      <OutcomeMessage outcome={removing.outcome} />
      <form className="aanwezig-inline-form" onSubmit={(e) => void onSave(e)}>
        <FormField>
          <FormLabel htmlFor="view-name">{t('cases.views.name')}</FormLabel>
          <Textbox id="view-name" value={name} maxLength={60} required onChange={(e) => setName(e.target.value)} />
        </FormField>
        <Button type="submit" appearance="secondary-action-button" busy={save.fetching}>
          {t('cases.views.save')}
        </Button>
      </form>
      <OutcomeMessage outcome={saving.outcome} />
    </section>
  );
}
