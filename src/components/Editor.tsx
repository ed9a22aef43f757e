/**
 * The program editor: a plain textarea over a mirrored backdrop that marks the error position
 * and the node hovered in the graph. The caret links back: putting it on a name highlights
 * that node. The text is never rewritten behind the student's back, whatever they type.
 */
import { useMemo, useRef, type ReactNode } from 'react';
import type { Analysis, ProgramError, Span } from '../core/index.ts';
import { useChainrule } from '../store/store.ts';

interface Props {
  source: string;
  error: ProgramError | null;
  /** The analysis on screen (possibly of an older text while `error` is set). */
  analysis: Analysis | null;
}

export function Editor({ source, error, analysis }: Props) {
  const setSource = useChainrule((s) => s.setSource);
  const hovered = useChainrule((s) => s.hovered);
  const hover = useChainrule((s) => s.hover);
  const backdrop = useRef<HTMLDivElement>(null);

  // Spans refer to the analysed text; only mark them while it is the text being edited.
  const current = analysis && analysis.program.source === source ? analysis : null;
  const hoverSpan = current && hovered !== null ? current.graph.nodes[hovered]?.nameSpan ?? current.graph.nodes[hovered]?.span : undefined;
  const marks = useMemo(() => markText(source, error?.span, hoverSpan), [source, error, hoverSpan]);

  const linkCaret = (el: HTMLTextAreaElement) => {
    if (!current || el.selectionStart !== el.selectionEnd) return;
    hover(nodeAt(current, el.selectionStart));
  };

  return (
    <div className="editor-block">
      <label htmlFor="program" className="panel-title">Program</label>
      <div className={`editor${error ? ' has-error' : ''}`}>
        <div className="editor-backdrop" ref={backdrop} aria-hidden="true">{marks}</div>
        <textarea
          id="program"
          aria-label="Program"
          aria-invalid={error ? true : undefined}
          aria-describedby="program-error"
          value={source}
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          rows={10}
          onChange={(e) => setSource(e.target.value)}
          onScroll={(e) => {
            if (backdrop.current) {
              backdrop.current.scrollTop = e.currentTarget.scrollTop;
              backdrop.current.scrollLeft = e.currentTarget.scrollLeft;
            }
          }}
          onSelect={(e) => linkCaret(e.currentTarget)}
          onBlur={() => hover(null)}
        />
      </div>
      <div id="program-error" role="alert" className="error-message">
        {error ? `Line ${error.span.line}, column ${error.span.column}: ${error.message}` : ''}
      </div>
    </div>
  );
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

/** The node whose name (or else smallest expression) contains a caret position. */
function nodeAt(analysis: Analysis, pos: number): number | null {
  let best: number | null = null;
  let bestLength = Infinity;
  for (const node of analysis.graph.nodes) {
    const span = node.nameSpan ?? node.span;
    if (pos < span.start || pos > span.end) continue;
    const length = span.end - span.start;
    if (length < bestLength) {
      best = node.id;
      bestLength = length;
    }
  }
  return best;
}
