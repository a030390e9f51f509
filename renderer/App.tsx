import { Suspense, lazy, useEffect, useState, type ReactElement } from 'react';
import { useRoute, routeHref, navigate, navigateUnguarded, setNavigationGuard, type Route } from './router';
import { UnsavedChangesDialog } from './components/UnsavedChangesDialog';
import { discardAllUnsaved, hasUnsavedChanges, saveAllUnsaved } from './hooks/useUnsavedChanges';
import { getPlatform } from './platform';
import { dispatchMenuCommand } from './menu-commands';
import type { MenuCommand } from '../shared/platform-api';
import { onConnectionNotice, requestPersistentStorage, type ConnectionNotice } from './db/connection';
import { t } from './i18n/da';
import { OverviewScreen } from './screens/OverviewScreen';

// Screens other than the overview load when first opened, so the start stays small and fast.
const AreaScreen = lazy(() => import('./screens/AreaScreen'));
const DataScreen = lazy(() => import('./screens/DataScreen'));
const LettersScreen = lazy(() => import('./screens/LettersScreen'));
const NewLetterScreen = lazy(() => import('./screens/NewLetterScreen'));
const EditorScreen = lazy(() => import('./screens/EditorScreen'));
const BatchScreen = lazy(() => import('./screens/BatchScreen'));
const SettingsScreen = lazy(() => import('./screens/SettingsScreen'));
const ReviewScreen = lazy(() => import('./screens/ReviewScreen'));

const NAVIGATION: { route: Route; label: string }[] = [
  { route: { screen: 'overview' }, label: t.nav.overview },
  { route: { screen: 'letters' }, label: t.nav.letters },
  { route: { screen: 'new-letter' }, label: t.nav.newLetter },
  { route: { screen: 'batch' }, label: t.nav.batch },
  { route: { screen: 'data' }, label: t.nav.data },
  { route: { screen: 'settings' }, label: t.nav.settings },
];

function isCurrent(current: Route, item: Route): boolean {
  if (item.screen === 'letters')
    return current.screen === 'letters' || current.screen === 'editor' || current.screen === 'review';
  if (item.screen === 'overview') return current.screen === 'overview' || current.screen === 'area';
  return current.screen === item.screen;
}

function ScreenFor({ route }: { route: Route }): ReactElement {
  switch (route.screen) {
    case 'overview':
      return <OverviewScreen />;
    case 'area':
      return <AreaScreen areaId={route.areaId} />;
    case 'data':
      return <DataScreen />;
    case 'letters':
      return <LettersScreen />;
    case 'new-letter':
      return <NewLetterScreen />;
    case 'editor':
      // A new key per letter: going straight from one letter to another must not carry over its undo history.
      return <EditorScreen key={route.letterId} letterId={route.letterId} />;
    case 'batch':
      return <BatchScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'review':
      return <ReviewScreen />;
  }
}

const NOTICE_TEXT: Record<ConnectionNotice, string> = {
  'closed-by-newer-version': t.db.closedByNewerVersion,
  'upgrade-blocked': t.db.upgradeBlocked,
};

/** Where a menu command takes the user before the screen there acts on it. */
const COMMAND_ROUTES: Partial<Record<MenuCommand, Route>> = {
  'new-letter': { screen: 'new-letter' },
  'import-data': { screen: 'data' },
  'show-overview': { screen: 'overview' },
  'show-letters': { screen: 'letters' },
  'show-data': { screen: 'data' },
  'show-about': { screen: 'settings' },
  'show-data-location': { screen: 'settings' },
  'open-review': { screen: 'review' },
};

/** A navigation held back because a form has unsaved edits (and the menu command that asked for it). */
interface HeldNavigation {
  hash: string;
  command?: MenuCommand;
}

export function App(): ReactElement {
  const route = useRoute();
  const [notice, setNotice] = useState<ConnectionNotice | null>(null);
  const [held, setHeld] = useState<HeldNavigation | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => onConnectionNotice(setNotice), []);
  // Every hash change (nav, card links, back button) asks first while a form has unsaved edits.
  useEffect(() => {
    setNavigationGuard((hash) => {
      if (!hasUnsavedChanges()) return true;
      setHeld({ hash });
      return false;
    });
    return () => setNavigationGuard(null);
  }, []);
  // Closing or reloading while dirty: the browser asks its own question; the desktop shell asks in Danish
  // (electron/unload-prompt.ts), so a held close never leaves a window that will not shut.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (hasUnsavedChanges()) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
  useEffect(
    () =>
      getPlatform().onMenuCommand((command) => {
        const target = COMMAND_ROUTES[command];
        if (target && hasUnsavedChanges() && routeHref(target) !== window.location.hash) {
          setHeld({ hash: routeHref(target), command });
          return;
        }
        if (target) navigate(target);
        dispatchMenuCommand(command);
      }),
    [],
  );

  function proceed(navigation: HeldNavigation): void {
    setHeld(null);
    setSaveFailed(false);
    navigateUnguarded(navigation.hash);
    if (navigation.command) dispatchMenuCommand(navigation.command);
  }

  async function saveAndProceed(navigation: HeldNavigation): Promise<void> {
    setSaving(true);
    const saved = await saveAllUnsaved();
    setSaving(false);
    if (saved) proceed(navigation);
    else setSaveFailed(true);
  }
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  // Move focus to the new screen's heading so keyboard and screen-reader users know where they are.
  useEffect(() => {
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [route.screen]);

  return (
    <div className="app">
      <a className="skip-link" href="#indhold">
        {t.nav.skipToContent}
      </a>
      <header className="app-header">
        <span className="app-name" aria-hidden="true">
          <span className="app-mark">◔</span> Barometerbrev
        </span>
        <nav aria-label={t.nav.label}>
          <ul className="nav-list">
            {NAVIGATION.map((item) => (
              <li key={item.route.screen}>
                <a
                  href={routeHref(item.route)}
                  aria-current={isCurrent(route, item.route) ? 'page' : undefined}
                >
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {notice && (
        <div role="alert" className="banner banner-error">
          {NOTICE_TEXT[notice]}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t.db.reload}
          </button>
        </div>
      )}
      <main id="indhold" className="app-main">
        <Suspense fallback={<p className="loading">{t.common.loading}</p>}>
          <ScreenFor route={route} />
        </Suspense>
      </main>
      {held && (
        <UnsavedChangesDialog
          busy={saving}
          saveFailed={saveFailed}
          onSave={() => void saveAndProceed(held)}
          onDiscard={() => {
            discardAllUnsaved();
            proceed(held);
          }}
          onStay={() => {
            setHeld(null);
            setSaveFailed(false);
          }}
        />
      )}
    </div>
  );
}
