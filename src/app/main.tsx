import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import './styles.css';
import './print.css';
import { App } from './App.tsx';
import { ErrorBoundary } from '../components/ErrorBoundary.tsx';
import { appStore } from '../store/store.ts';
import { browserStorage, startAutosave } from '../store/persistence.ts';
import { startAddressSync } from '../store/addressSync.ts';
import { pausedStorage } from '../store/bigWrites.ts';
import { startOtherTabWatch } from '../store/otherTab.ts';
import { detectLanguage } from '../i18n/index.ts';
import { installPrintFit } from '../view/printFit.ts';

// The browser's language until the student picks one (a saved or linked lesson's choice wins);
// the default example then shows its comments in it.
appStore.getState().setLanguage(detectLanguage(navigator.languages ?? [navigator.language]));
document.documentElement.lang = appStore.getState().language;

// Before the first render, so a reload draws the saved program at its step straight away.
// An unreadable save falls back to the default lesson; it is overwritten by the next change.
startAutosave(appStore, pausedStorage(browserStorage(), window));
// Another tab's program is kept when this tab saves over it (one autosave slot for all tabs).
startOtherTabWatch(appStore, browserStorage(), window);
// Then the address: a share link in it opens over the autosaved lesson (which stays kept),
// and from then on the address follows the lesson. Decoding is async: the autosaved program
// paints first, for the few milliseconds the link takes.
void startAddressSync(appStore, window);
// Printing draws the whole graph, scaled to the page (print.css).
installPrintFit(window);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ErrorBoundary panel="app" whole>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
