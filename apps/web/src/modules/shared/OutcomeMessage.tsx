import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import type { Outcome } from './outcome';

/**
 * The outcome of an action, placed next to the control that caused it. When it appears it takes the
 * focus (so a screen reader reads it and the page scrolls it into view): nobody has to look for it.
 */
export function OutcomeMessage({ outcome, id }: { outcome: Outcome | null; id?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  // Keyed on what it says, not on the object: an outcome computed while rendering must not take the
  // focus again on every render. useOutcome clears before each attempt, so a repeated message is new.
  const kind = outcome?.kind;
  const text = outcome?.text;
  useEffect(() => {
    const element = ref.current;
    if (!kind || !element) return;
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
    // The page may still settle (a list above it refetched, an item moved): keep the message in view meanwhile.
    const until = Date.now() + 2000;
    let frame = 0;
    const follow = () => {
      const box = element.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) element.scrollIntoView({ block: 'nearest' });
      if (Date.now() < until) frame = requestAnimationFrame(follow);
    };
    frame = requestAnimationFrame(follow);
    return () => cancelAnimationFrame(frame);
  }, [kind, text]);
  if (!outcome) return null;
  const refused = outcome.kind !== 'done';
  const retry = outcome.kind === 'failed' || outcome.kind === 'offline' ? outcome.retry : undefined;
  return (
    <div ref={ref} tabIndex={-1} id={id} className="aanwezig-outcome" data-outcome={outcome.kind}>
      <Alert
        type={outcome.kind === 'done' ? 'ok' : outcome.kind === 'invalid' ? 'warning' : 'error'}
        role={refused ? 'alert' : 'status'}
      >
        <Paragraph>{outcome.text}</Paragraph>
        {retry && (
          <Button appearance="secondary-action-button" onClick={retry}>
            {t('state.retry')}
          </Button>
        )}
      </Alert>
    </div>
  );
}
