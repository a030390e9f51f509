import { useEffect, useRef, useState, type ReactElement } from 'react';

/**
 * A letter marked "Sendt" is read-only, so nobody changes a sent letter by accident. Unlocking asks first, in the
 * page (no browser dialog), and sets the letter back to "Klar til underskrift".
 */
export function SentLockBanner({ onUnlock }: { onUnlock: () => void }): ReactElement {
  const [confirming, setConfirming] = useState(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const unlockButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const cancel = (): void => {
    setConfirming(false);
    // Focus back where the user was, after React showed the button again.
    requestAnimationFrame(() => unlockButton.current?.focus());
  };

  return (
    <div className="banner banner-warning letter-banner sent-lock" role="status">
      <p>
        <strong>Brevet er markeret som sendt og er låst.</strong> Tekst og felter kan ikke ændres; du kan
        stadig eksportere det.
      </p>
      {confirming ? (
        <div
          className="sent-lock-confirm"
          role="group"
          aria-label="Bekræft oplåsning"
          onKeyDown={(event) => event.key === 'Escape' && cancel()}
        >
          <p>
            Det sendte brev ændres ikke af dine rettelser her. Lås brevet op og sæt status tilbage til «Klar
            til underskrift»?
          </p>
          <button ref={confirmButton} type="button" className="primary" onClick={onUnlock}>
            Ja, lås op
          </button>{' '}
          <button type="button" onClick={cancel}>
            Annullér
          </button>
        </div>
      ) : (
        <button ref={unlockButton} type="button" onClick={() => setConfirming(true)}>
          Lås op for at rette
        </button>
      )}
    </div>
  );
}
