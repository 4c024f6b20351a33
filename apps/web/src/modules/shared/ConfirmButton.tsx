import { useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AlertDialog, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';

/**
 * A button for a step that cannot be undone (freezing a census, withdrawing a consent, closing): it asks
 * first, in a modal dialog that says what will happen and what cannot be undone, and acts only on "yes".
 */
export function ConfirmButton({
  children,
  title,
  consequence,
  confirmLabel,
  onConfirm,
  disabled,
  check,
  appearance = 'primary-action-button',
}: {
  children: ReactNode;
  title: string;
  consequence: string;
  confirmLabel: string;
  onConfirm(): void;
  disabled?: boolean;
  /** Checks the form first; false (the form says what to change) and nothing is asked or done. */
  check?: () => boolean;
  appearance?: 'primary-action-button' | 'secondary-action-button';
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const textId = useId();
  return (
    <>
      <Button
        appearance={appearance}
        disabled={disabled}
        onClick={() => (check?.() ?? true) && dialog.current?.showModal()}
      >
        {children}
      </Button>
      <AlertDialog ref={dialog} type="warning" aria-labelledby={headingId} aria-describedby={textId}>
        <Heading2 id={headingId}>{title}</Heading2>
        <Paragraph id={textId}>{consequence}</Paragraph>
        <ButtonGroup>
          <Button
            appearance="primary-action-button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
          <Button appearance="secondary-action-button" autoFocus onClick={() => dialog.current?.close()}>
            {t('state.cancel')}
          </Button>
        </ButtonGroup>
      </AlertDialog>
    </>
  );
}
