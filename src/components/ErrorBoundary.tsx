/**
 * Crash recovery (issue 12): a render error in one panel shows a message in its place and the
 * rest of the app keeps working; around the whole app, it shows the message and the program
 * text. The text lives in the store (and autosave), outside React, so no crash can lose it.
 *
 * `?crash=<panel>` in the address makes that panel throw until its "Reset view": a test hook
 * to prove the boundary works. It only ever throws inside the boundary that catches it, and
 * only in the dev server: `import.meta.env.DEV` is false in a build, so the minifier drops the
 * hook from the production bundle (tests/e2e/crash.spec.ts runs its own dev server).
 */
import { Component, type ReactNode } from 'react';
import { catalogs, type Catalog } from '../i18n/index.ts';
import { appStore } from '../store/store.ts';

/** A boundary's panel: its name in messages (in the catalog) and for `?crash=`. */
export type Panel = keyof Catalog['errorBoundary']['panels'];

/**
 * Panels asked to crash by `?crash=name`. A panel keeps throwing (React retries a failed
 * render once, synchronously) until its "Reset view" takes it off the list.
 */
const crashRequests = new Set(
  !import.meta.env.DEV || typeof location === 'undefined' ? [] : new URLSearchParams(location.search).getAll('crash'),
);

function CrashIfAsked({ panel }: { panel: Panel }) {
  if (import.meta.env.DEV && crashRequests.has(panel)) throw new Error(`test crash in ${panel} (requested by ?crash=${panel})`);
  return null;
}

interface Props {
  /** The panel ("graph", "inputsPanel"): named in the message, and the name `?crash=` asks for. */
  panel: Panel;
  /** The whole app: also shows the program text, since nothing else is on screen. */
  whole?: boolean;
  children: ReactNode;
}

interface State { error: Error | null; copied: boolean; generation: number }

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, copied: false, generation: 0 };
  private unsubscribe: (() => void) | undefined;

  // The message follows a change of language while it is on screen.
  override componentDidMount() {
    this.unsubscribe = appStore.subscribe((s, prev) => { if (s.language !== prev.language && this.state.error) this.forceUpdate(); });
  }

  override componentWillUnmount() {
    this.unsubscribe?.();
  }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), copied: false };
  }

  private copy = () => {
    void navigator.clipboard?.writeText(appStore.getState().source).then(() => this.setState({ copied: true }), () => undefined);
  };

  /** Back to the first step, no selection, and the panel drawn afresh. */
  private reset = () => {
    crashRequests.delete(this.props.panel);
    const store = appStore.getState();
    store.setPlaying(false);
    store.select(null);
    store.goTo(0);
    this.setState((s) => ({ error: null, copied: false, generation: s.generation + 1 }));
  };

  // React reports each caught error with console.error (so the browser suite fails on a real crash).
  override render() {
    const { error, copied, generation } = this.state;
    const { panel, whole, children } = this.props;
    if (!error) {
      return (
        <ErrorBoundaryContent key={generation}>
          <CrashIfAsked panel={panel} />
          {children}
        </ErrorBoundaryContent>
      );
    }
    // From the store, not a hook: the hooks below this boundary may be what failed.
    const TEXT = catalogs[appStore.getState().language].errorBoundary;
    return (
      <div className={whole ? 'boundary-failed boundary-failed-app' : 'boundary-failed'} role="alert">
        <p>{TEXT.failed(TEXT.panels[panel])} {TEXT.kept}</p>
        <p className="boundary-failed-detail">{error.message}</p>
        {whole && <textarea readOnly aria-label={TEXT.programLabel} value={appStore.getState().source} rows={8} />}
        <div className="boundary-failed-actions">
          <button type="button" onClick={this.copy}>{copied ? TEXT.copied : TEXT.copy}</button>
          <button type="button" onClick={this.reset}>{TEXT.reset}</button>
        </div>
      </div>
    );
  }
}

/** A keyed wrapper, so "Reset view" remounts the panel with fresh state. */
function ErrorBoundaryContent({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
