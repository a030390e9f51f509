import { useEffect, useRef, type ReactElement, type ReactNode, type RefObject } from 'react';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A real modal: a <dialog> opened with showModal (the rest of the page is inert and hidden from screen readers),
 * focus starts on `initialFocus`, Tab and Shift+Tab cycle inside the dialog, Escape calls `onCancel`, and focus
 * goes back to the element that opened it when it closes.
 */
export function ModalDialog({
  labelledBy,
  describedBy,
  role = 'dialog',
  className,
  initialFocus,
  onCancel,
  children,
}: {
  labelledBy: string;
  describedBy?: string;
  /** 'alertdialog' for a question that interrupts (unsaved changes, conflict). */
  role?: 'dialog' | 'alertdialog';
  className?: string;
  initialFocus?: RefObject<HTMLElement | null>;
  /** Escape. Omitted: Escape does nothing (a choice must be made). */
  onCancel?: () => void;
  children: ReactNode;
}): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    const first = initialFocus?.current ?? element?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      element?.close();
      // The dialog may be gone from the page before close() could restore focus: do it here.
      if (opener?.isConnected) opener.focus();
    };
    // Opened once per mount: the initial focus is read when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <dialog
      ref={dialog}
      className={['modal', className].filter(Boolean).join(' ')}
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onCancel={(event) => {
        // Escape: the dialog closes only through its owner (which may refuse, e.g. while busy).
        event.preventDefault();
        cancel.current?.();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Tab' || !dialog.current) return;
        const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
        const first = focusable[0];
        const last = focusable.at(-1);
        if (!first || !last) return;
        if (event.shiftKey && document.activeElement === first) {
          event.preventDefault();
          last.focus();
        } else if (!event.shiftKey && document.activeElement === last) {
          event.preventDefault();
          first.focus();
        }
      }}
    >
      {children}
    </dialog>
  );
}
