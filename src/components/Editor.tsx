/**
 * The program editor: a plain textarea over a mirrored backdrop that marks the error position
 * and the node hovered in the graph. The caret links back: putting it on a name highlights
 * that node. The text is never rewritten behind the student's back, whatever they type.
 * App edits (sliders, "declare", examples) arrive through editorEdits.ts as native edits, so
 * Ctrl+Z undoes them one by one, in order with the typing, from anywhere outside a text field.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import type { Analysis, ProgramError, Span } from '../core/index.ts';
import { engineText } from './engineText.tsx';
import { appStore, useChainrule } from '../store/store.ts';
import { saveProblemText } from '../store/messages.ts';
import { dismissUnreadable } from '../store/persistence.ts';
import { editsText, isApplyingEdit, replaceText, undoInEditor } from '../view/editorEdits.ts';
import { useT } from './useT.ts';

interface Props {
  source: string;
  error: ProgramError | null;
  /** The analysis on screen (possibly of an older text while `error` is set). */
  analysis: Analysis | null;
}

/**
 * Past this many characters the backdrop mirrors the text only to mark an error: laying out a
 * second copy of a 5,000-line paste costs as much as the textarea's own (≈ 100 ms a change).
 * Such a text shows no hover marks, and the pointer links no names.
 */
const MIRROR_MAX_CHARS = 50_000;
const EMPTY_MIRROR = ['\u200b'];

export function Editor({ source, error, analysis }: Props) {
  const t = useT();
  const TEXT = t.editor;
  const setSource = useChainrule((s) => s.setSource);
  const hovered = useChainrule((s) => s.hovered);
  const hover = useChainrule((s) => s.hover);
  const backdrop = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useAppEditsAsNativeEdits(area);
  useTypedText(area, setSource);
  // Not a controlled textarea: React keeps a controlled one's defaultValue equal to its value,
  // rewriting its text node on every keystroke, and Chromium then ends the undo step at each
  // character. So the text is set only when it changes other than by typing here (a restore,
  // a link); typing and app edits (editorEdits.ts) are already in the field.
  useLayoutEffect(() => {
    if (area.current && area.current.value !== source) area.current.value = source;
  }, [source]);

  // Spans refer to the analysed text; only mark them while it is the text being edited.
  const current = analysis && analysis.program.source === source ? analysis : null;
  const hoverSpan = current && hovered !== null ? current.graph.nodes[hovered]?.nameSpan ?? current.graph.nodes[hovered]?.span : undefined;
  const marks = useMemo(
    () => (source.length > MIRROR_MAX_CHARS && !error ? EMPTY_MIRROR : markText(source, error?.span, hoverSpan)),
    [source, error, hoverSpan],
  );

  const linkCaret = (el: HTMLTextAreaElement) => {
    // An app edit moves the selection for a moment: that is not the student pointing at a name.
    if (!current || el.selectionStart !== el.selectionEnd || isApplyingEdit() || document.activeElement !== el) return;
    hover(nodeAt(current, el.selectionStart));
  };
  const linkPointer = (e: MouseEvent<HTMLTextAreaElement>) => {
    if (!current || !backdrop.current) return;
    const at = offsetAtPoint(backdrop.current, e.currentTarget, e.clientX, e.clientY);
    const node = at === null ? null : nodeAt(current, at);
    if (node !== hovered) hover(node);
  };

  return (
    <div className="editor-block">
      <label htmlFor="program" className="panel-title">{TEXT.label}</label>
      <div className={`editor${error ? ' has-error' : ''}`}>
        <div className="editor-backdrop" ref={backdrop} aria-hidden="true">{marks}</div>
        <textarea
          id="program"
          ref={area}
          aria-label={TEXT.label}
          aria-invalid={error ? true : undefined}
          aria-describedby="program-error"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={10}
          onScroll={(e) => {
            if (backdrop.current) {
              backdrop.current.scrollTop = e.currentTarget.scrollTop;
              backdrop.current.scrollLeft = e.currentTarget.scrollLeft;
            }
          }}
          onSelect={(e) => linkCaret(e.currentTarget)}
          onMouseMove={linkPointer}
          onMouseLeave={() => hover(null)}
          onBlur={() => hover(null)}
        />
      </div>
      <div id="program-error" role="alert" className="error-message">
        {error ? TEXT.error(error.span.line, error.span.column, engineText(t, error)) : ''}
      </div>
      <StorageNotice />
    </div>
  );
}

/** What autosave could not do, said where the text is. */
function StorageNotice() {
  const t = useT();
  const problem = useChainrule((s) => s.storageProblem);
  return (
    <div role="alert" className="storage-notice muted">
      {problem === null ? '' : problem.kind === 'unreadable' ? (
        <>
          {t.editor.unreadable(saveProblemText(t.storeMessages, problem.reason))}{' '}
          <button type="button" onClick={() => dismissUnreadable(appStore)}>{t.editor.dismissUnreadable}</button>
        </>
      ) : t.editor.notSaving}
    </div>
  );
}

/**
 * Typing reaches the store from a native input listener, not React's onChange: React's change
 * tracking reads the value at every key, and after an edit Chromium builds a big textarea's value
 * afresh at its first read (≈ 30 ms for 5,000 lines). So a big text is read once the key's
 * character is painted (and at once when the page is left or the field blurred); a small one,
 * and an app edit (which checks the store right after it), at once.
 */
function useTypedText(area: { readonly current: HTMLTextAreaElement | null }, setSource: (text: string) => void) {
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    let pending = 0;
    const read = () => {
      cancelAnimationFrame(pending);
      pending = 0;
      const text = el.value;
      if (text !== appStore.getState().source) setSource(text);
    };
    const onInput = () => {
      if (isApplyingEdit() || appStore.getState().source.length < READ_AFTER_PAINT_FROM) read();
      else if (!pending) pending = requestAnimationFrame(() => setTimeout(() => pending && read()));
    };
    const flush = () => pending && read();
    el.addEventListener('input', onInput);
    el.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    return () => {
      flush();
      el.removeEventListener('input', onInput);
      el.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
    };
  }, [area, setSource]);
}

/** From this many characters typing is read after the key's frame (see useTypedText). */
const READ_AFTER_PAINT_FROM = 20_000;

/**
 * Connects the store's app edits to this textarea, and answers Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y
 * outside text fields with the editor's undo and redo (Chromium would, Firefox would not).
 */
function useAppEditsAsNativeEdits(area: { readonly current: HTMLTextAreaElement | null }) {
  useEffect(() => {
    const disconnect = appStore.getState().connectEditor((next, group) => (area.current ? replaceText(area.current, next, group) : false));
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || !area.current || editsText(e.target as Element | null)) return;
      const key = e.key.toLowerCase();
      const command = key === 'z' ? (e.shiftKey ? 'redo' : 'undo') : key === 'y' && !e.shiftKey ? 'redo' : null;
      if (!command) return;
      e.preventDefault();
      undoInEditor(area.current, command);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      disconnect();
      window.removeEventListener('keydown', onKey);
    };
  }, [area]);
}

/** The text with <mark>s at the error and the hovered node; an empty span gets a one-space marker. */
function markText(source: string, errorSpan?: Span, hoverSpan?: Span) {
  const ranges = [
    errorSpan && { start: errorSpan.start, end: Math.max(errorSpan.end, errorSpan.start), cls: 'mark-error' },
    hoverSpan && { start: hoverSpan.start, end: hoverSpan.end, cls: 'mark-hover' },
  ].filter((r): r is { start: number; end: number; cls: string } => Boolean(r));
  ranges.sort((a, b) => a.start - b.start);
  const out: ReactNode[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue; // overlapping marks: the error wins by being first
    out.push(source.slice(at, r.start));
    const text = source.slice(r.start, r.end);
    const shown = text === '' || text === '\n' ? ' ' : text;
    out.push(<mark key={r.cls} className={r.cls}>{shown}</mark>);
    at = text === '\n' ? r.start : r.end;
  }
  out.push(source.slice(at));
  // A trailing newline needs a character after it or the backdrop is one line short.
  out.push('\u200b');
  return out;
}

/**
 * The text offset under the pointer, or null off the text. The textarea cannot say, so ask the
 * mirrored backdrop beneath it: for one hit test, let the pointer fall through to it.
 */
function offsetAtPoint(mirror: HTMLElement, area: HTMLTextAreaElement, x: number, y: number): number | null {
  if (typeof document.caretRangeFromPoint !== 'function') return null;
  area.style.pointerEvents = 'none';
  mirror.style.pointerEvents = 'auto';
  const hit = document.caretRangeFromPoint(x, y);
  area.style.pointerEvents = '';
  mirror.style.pointerEvents = '';
  if (!hit || !mirror.contains(hit.startContainer)) return null;
  const before = document.createRange();
  before.setStart(mirror, 0);
  before.setEnd(hit.startContainer, hit.startOffset);
  const offset = before.toString().length;
  // The caret lands between characters: keep it only if the pointer is over the one after it.
  const glyph = document.createRange();
  glyph.setStart(hit.startContainer, hit.startOffset);
  glyph.setEnd(hit.startContainer, Math.min(hit.startOffset + 1, hit.startContainer.textContent?.length ?? 0));
  const box = glyph.getBoundingClientRect();
  const over = x >= box.left - 4 && x <= box.right + 4 && y >= box.top && y <= box.bottom;
  return over ? offset : null;
}

/**
 * The node written at a text position: a name where it is defined, a name where it is used
 * (through the edge of that use), or else the smallest expression around it.
 */
function nodeAt(analysis: Analysis, pos: number): number | null {
  const { nodes, edges } = analysis.graph;
  let best: number | null = null;
  let bestLength = Infinity;
  const consider = (node: number, span: Span | undefined) => {
    if (!span || pos < span.start || pos > span.end) return;
    const length = span.end - span.start;
    if (length < bestLength) {
      best = node;
      bestLength = length;
    }
  };
  for (const node of nodes) {
    consider(node.id, node.nameSpan);
    consider(node.id, node.span);
  }
  for (const edge of edges) consider(edge.from, edge.span);
  return best;
}
