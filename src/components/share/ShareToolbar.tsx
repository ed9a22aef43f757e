/**
 * Sharing and export, under the graph: copy the lesson's link, export the graph as SVG or PNG,
 * copy the step's formula as LaTeX, save or open the program as a text file (or drop one on the
 * editor), and download the handout the CLI's `explain` writes. In Layers each of them is the
 * Layers view's: its drawing, its step's formula, its handout. The export and handout code
 * loads on first use, so none of it weighs on the first paint.
 */
import { ExportProblem } from '../../view/share/exportProblem.ts';
import { useEffect, useRef, useState } from 'react';
import { describeLayerStep, describeStep, type Analysis } from '../../core/index.ts';
import { MAX_TEXT } from '../../store/lessonState.ts';
import { useLinkNotice } from '../../store/addressSync.ts';
import { linkNoticeText } from '../../store/messages.ts';
import { encodeShareHash } from '../../store/shareLink.ts';
import { appStore, lessonRecord, useChainrule } from '../../store/store.ts';
import { layersOf } from '../../view/layers/layersView.ts';
import { catalogs } from '../../i18n/index.ts';
import { useT } from '../useT.ts';
import { download } from '../../view/share/download.ts';
import './share.css';

interface Props {
  /** The analysis on screen (null while nothing compiles) and its current step. */
  analysis: Analysis | null;
  step: number;
}

type HandoutFormat = 'md' | 'tex';

export function ShareToolbar({ analysis, step }: Props) {
  const t = useT();
  const TEXT = t.share;
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const [format, setFormat] = useState<HandoutFormat>('md');
  const fileInput = useRef<HTMLInputElement>(null);
  const linkProblem = useLinkNotice();
  // In Layers the step is a Layers step: its count and its formula are the Layers view's.
  const layersShown = useChainrule((s) => s.detail === 'layers' && s.mode === 'reverse');
  const layers = analysis && layersShown ? layersOf(analysis) : null;
  const count = layers ? layers.steps.length : analysis?.schedule.steps.length ?? 0;
  const say = (message: string) => { setProblem(''); setStatus(message); };
  const fail = (message: string) => { setStatus(''); setProblem(message); };

  const baseName = () => (analysis ? `chainrule-${safeName(analysis.graph.outputName)}` : 'chainrule');

  const copy = async (text: string, done: string, unavailable: string) => {
    try {
      await navigator.clipboard.writeText(text);
      say(done);
    } catch {
      fail(unavailable);
    }
  };

  const copyLink = async () => {
    // Built afresh, so it holds the latest step even before the address bar has caught up.
    const hash = await encodeShareHash(lessonRecord(appStore.getState()));
    await copy(`${location.href.replace(/#.*$/, '')}#${hash}`, TEXT.linkCopied, TEXT.noClipboard);
  };

  const exportGraph = async (kind: 'svg' | 'png') => {
    const live = document.querySelector<SVGSVGElement>('svg.graph-svg');
    if (!live || !analysis) return fail(TEXT.noGraph);
    try {
      const { graphSvg, graphPng } = await import('../../view/share/exportGraph.ts');
      const svg = await graphSvg(live, TEXT.exportTitle(analysis.graph.outputName, step + 1, count));
      const name = `${baseName()}-step-${step + 1}`;
      if (kind === 'svg') download(new Blob([svg.text], { type: 'image/svg+xml' }), `${name}.svg`);
      else download(await graphPng(svg, 2), `${name}.png`);
      say(TEXT.saved);
    } catch (e) {
      fail(TEXT.exportFailed(TEXT.exportProblems[e instanceof ExportProblem ? e.code : 'unknown']));
    }
  };

  const copyLatex = () => {
    const layerStep = layers?.steps[step];
    const s = analysis?.schedule.steps[step];
    if (layers && layerStep) void copy(describeLayerStep(layers, layerStep).tex, TEXT.latexCopied, TEXT.noClipboardLatex);
    else if (analysis && s) void copy(describeStep(analysis, s).tex, TEXT.latexCopied, TEXT.noClipboardLatex);
    else fail(TEXT.noStep);
  };

  const saveProgram = () => {
    download(new Blob([appStore.getState().source], { type: 'text/plain;charset=utf-8' }), `${baseName()}.txt`);
    say(TEXT.saved);
  };

  const downloadHandout = async () => {
    if (!analysis) return fail(TEXT.noGraph);
    const { writeHandout } = await import('../../view/handout/handoutFiles.ts');
    const { language, detail } = appStore.getState();
    // One file to save: a Markdown handout carries its graph as an embedded SVG.
    const { text } = writeHandout(analysis, catalogs[language], { format, lang: language, detail });
    download(new Blob([text], { type: format === 'tex' ? 'application/x-tex;charset=utf-8' : 'text/markdown;charset=utf-8' }), `${baseName()}-handout.${format}`);
    say(TEXT.saved);
  };

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_TEXT) return fail(TEXT.fileTooLarge);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
    } catch {
      return fail(TEXT.fileUnreadable);
    }
    // Opened as a link is: the text it replaces is kept (one pick away), Back returns to it, and
    // the switch is one undo step.
    appStore.getState().openProgram(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    say(TEXT.opened(file.name));
  };
  const openFileRef = useRef(openFile);
  useEffect(() => { openFileRef.current = openFile; });

  // A file dropped on the editor opens like "Open program" (the textarea would insert its name).
  useEffect(() => {
    const onEditor = (e: DragEvent) => e.target instanceof Element && e.target.closest('.editor') !== null && (e.dataTransfer?.types.includes('Files') ?? false);
    const over = (e: DragEvent) => { if (onEditor(e)) e.preventDefault(); };
    const drop = (e: DragEvent) => {
      if (!onEditor(e)) return;
      e.preventDefault();
      void openFileRef.current(e.dataTransfer?.files[0]);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="share-toolbar" role="toolbar" aria-label={TEXT.toolbar}>
      <div className="share-buttons">
        <button type="button" onClick={() => void copyLink()}>{TEXT.copyLink}</button>
        <button type="button" onClick={() => void exportGraph('svg')} disabled={!analysis}>{TEXT.exportSvg}</button>
        <button type="button" onClick={() => void exportGraph('png')} disabled={!analysis}>{TEXT.exportPng}</button>
        <button type="button" onClick={copyLatex} disabled={!analysis}>{TEXT.copyLatex}</button>
        <button type="button" onClick={saveProgram}>{TEXT.saveProgram}</button>
        <button type="button" onClick={() => fileInput.current?.click()}>{TEXT.openProgram}</button>
        <input
          ref={fileInput} type="file" accept=".txt,.chain,text/plain" hidden aria-label={TEXT.openFile}
          onChange={(e) => { void openFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }}
        />
        <span className="handout">
          <select aria-label={TEXT.handoutFormat} value={format} onChange={(e) => setFormat(e.target.value as HandoutFormat)}>
            <option value="md">{TEXT.markdown}</option>
            <option value="tex">{TEXT.latex}</option>
          </select>
          <button type="button" onClick={() => void downloadHandout()} disabled={!analysis}>{TEXT.downloadHandout}</button>
        </span>
      </div>
      <p className="share-status" aria-live="polite">{status}</p>
      <p className="share-problem" role="alert">{linkProblem ? linkNoticeText(t.storeMessages, linkProblem) : problem}</p>
    </div>
  );
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 40) || 'graph';
