/**
 * Zoom and pan for the graph (d3-zoom, attached once and cleaned up). It places the graph when
 * its shape changes — whole if that stays readable, else at a readable scale around the
 * current node — and pans to follow the step. It never runs on a value edit.
 */
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), used to animate a fit
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Layout } from '../layout/index.ts';

/** Room around the drawing, and for the output's stub edge on the right. */
export const MARGIN = 40;
export const OUTPUT_STUB = 90;

/** Below this scale edge labels get too small to read, so the view follows the step instead. */
const READABLE_SCALE = 0.8;
const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function useGraphZoom(layout: Layout, focus: { x: number; y: number } | null) {
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const focusRef = useRef(focus);
  focusRef.current = focus;
  // The svg's size, kept by a ResizeObserver: reading it during a step would force a layout.
  const viewport = useRef({ width: 0, height: 0 });

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>().scaleExtent([0.05, 6]).on('zoom', (e) => setTransform(e.transform));
    zoomRef.current = behaviour;
    select(svg).call(behaviour).on('dblclick.zoom', null);
    return () => { select(svg).on('.zoom', null); };
  }, []);

  /** Whole graph in view; `readable` keeps labels legible and centres on the current node instead. */
  const place = useCallback((readable: boolean) => {
    const svg = svgRef.current;
    const { width, height } = viewport.current;
    if (!svg || !zoomRef.current || width === 0 || height === 0) return;
    const w = layout.width + 2 * MARGIN + OUTPUT_STUB;
    const h = layout.height + 2 * MARGIN;
    // Never blow a small graph up past 2×: big enough for a projector, not cartoonish.
    const fitK = Math.min(width / w, height / h, 2);
    const k = readable ? Math.max(fitK, Math.min(READABLE_SCALE, 2)) : fitK;
    const f = focusRef.current;
    const cx = k === fitK || !f ? w / 2 : f.x + MARGIN;
    const cy = k === fitK || !f ? h / 2 : f.y + MARGIN;
    const t = clampToGraph(width / 2 - cx * k, height / 2 - cy * k, k, width, height, layout);
    select(svg).call(zoomRef.current.transform, t);
  }, [layout]);
  const fit = useCallback(() => place(false), [place]);

  // Re-place when the shape changes or the view's size does; never on a value edit or a step.
  useEffect(() => {
    place(true);
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width === viewport.current.width && height === viewport.current.height) return;
      viewport.current = { width, height };
      place(true);
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [place]);

  // Follow the step: when the current node leaves the view, pan (not zoom) to bring it back.
  useEffect(() => {
    const svg = svgRef.current;
    const { width, height } = viewport.current;
    if (!svg || !zoomRef.current || !focus || width === 0) return;
    const t = zoomTransform(svg);
    const [sx, sy] = t.apply([focus.x + MARGIN, focus.y + MARGIN]);
    const pad = 60;
    if (sx >= pad && sx <= width - pad && sy >= pad && sy <= height - pad) return;
    const next = clampToGraph(width / 2 - (focus.x + MARGIN) * t.k, height / 2 - (focus.y + MARGIN) * t.k, t.k, width, height, layout);
    select(svg).transition().duration(reducedMotion() ? 0 : 350).call(zoomRef.current.transform, next);
  }, [focus, layout]);
  return { svgRef, transform, fit };
}

/** Centres an axis the graph fits on; otherwise keeps the view inside the graph, no empty margin. */
function clampToGraph(tx: number, ty: number, k: number, width: number, height: number, layout: Layout): ZoomTransform {
  const clamp = (t: number, view: number, extent: number) =>
    extent * k <= view ? (view - extent * k) / 2 : Math.min(0, Math.max(view - extent * k, t));
  const x = clamp(tx, width, layout.width + 2 * MARGIN + OUTPUT_STUB);
  const y = clamp(ty, height, layout.height + 2 * MARGIN);
  return zoomIdentity.translate(x, y).scale(k);
}
