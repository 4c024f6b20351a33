import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import type { MeQuery } from '../../../generated/graphql';
import { useActAs } from '../hooks/use-auth';
import { useSession } from '../hooks/session';
import { outcomeOf } from '../../shared/outcome';
import { OutcomeMessage } from '../../shared/OutcomeMessage';

type Me = MeQuery['me'];
const ALL = 'all';
const keyOf = (m: { role: string; organisation: { id: string } }) => `${m.organisation.id}|${m.role}`;

/**
 * For someone with several memberships: work as one of them, or as all together. The server switches
 * the session itself; the app starts afresh on the start page with a new client (nothing cached for the
 * other choice shows), as what one may see changes.
 */
export function ActingAsSwitch({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { switched } = useSession();
  const navigate = useNavigate();
  const [{ fetching, error }, actAs] = useActAs();

  const choose = async (value: string) => {
    const [organisationId, role] = value === ALL ? [null, null] : value.split('|');
    const result = await actAs({ organisationId, role: role as Me['memberships'][number]['role'] | null });
    if (result.data) {
      navigate('/');
      switched();
    }
  };

  return (
    <div className="aanwezig-acting-as">
      <FormLabel htmlFor="acting-as">{t('session.actingAs')}</FormLabel>
      <Select
        id="acting-as"
        value={me.actingAs ? keyOf(me.actingAs) : ALL}
        disabled={fetching}
        onChange={(e) => void choose(e.target.value)}
      >
        <SelectOption value={ALL}>{t('session.allRoles')}</SelectOption>
        {me.memberships.map((m) => (
          <SelectOption key={keyOf(m)} value={keyOf(m)}>
            {t('session.as', { role: t(`role.${m.role}`), organisation: m.organisation.name })}
          </SelectOption>
        ))}
      </Select>
      {error && <OutcomeMessage outcome={outcomeOf(error)} />}
    </div>
  );
}
