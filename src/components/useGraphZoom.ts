/**
 * Zoom and pan for the graph (d3-zoom, attached once and cleaned up). It places the graph when
 * its shape or the view's size changes — whole if that stays readable, else at the least
 * readable scale around the current node — and pans to follow the step. It never runs on a
 * value edit. The graph takes keyboard focus: + and − zoom, 0 places it again, Shift+arrows pan.
 */
import { interpolate } from 'd3-interpolate';
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), used to animate a fit
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef } from 'react';
import type { Layout } from '../layout/index.ts';
import { clampToDrawing, follow, frameScene, type Box, type Frame, type Scene } from '../view/framing.ts';
import type { Neighbourhood } from '../view/neighbourhood.ts';
import { LABEL_FONT, OUTPUT_STUB } from '../view/nodeShape.ts';

export { OUTPUT_STUB };
/** Room around the drawing (its box holds its labels too: src/layout/labelRoom.ts). */
export const MARGIN = 24;

/** The least on-screen size of label text, in px: readable on a laptop and from the back of a room. */
export const READABLE_PX = 12;
/** Presenter mode's least label size: read off a projector screen from the back of a lecture hall. */
export const PRESENTER_PX = 20;
/** The scale at which the smallest label (LABEL_FONT in layout units) is `px` on screen, rounded up. */
export const readableScale = (px: number) => Math.ceil((px / LABEL_FONT) * 1000) / 1000;
/** Below this scale labels fall under READABLE_PX, so the view follows the step instead of fitting. */
export const READABLE_SCALE = readableScale(READABLE_PX);

/** The least scale a view keeps, and the most a small graph is blown up to when it is shown whole. */
export interface Scales { readonly min: number; readonly maxFit: number }
/** Never blow a small graph up past 2×: big enough for a laptop, not cartoonish. */
export const LAPTOP_SCALES: Scales = { min: READABLE_SCALE, maxFit: 2 };
/** A projector: labels ≥ 20 px, and a small graph (CS231n's five nodes) fills the screen at up to 2.5×. */
export const PRESENTER_SCALES: Scales = { min: readableScale(PRESENTER_PX), maxFit: 2.5 };
const FOLLOW_MS = 350;
/** Keyboard steps: zoom factor per press, pan distance in screen px. */
const KEY_ZOOM = 1.25;
const KEY_PAN = 80;

/** Past this many nodes a follow pan jumps: each frame of an animated pan repaints every mark. */
const ANIMATED_PAN_MAX_NODES = 300;

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

type Focus = Neighbourhood | null;
/** Told of every move of the view: its transform and the view's size in px. */
export type ViewListener = (t: Frame, size: { width: number; height: number }) => void;

/**
 * One finger scrolls the page and two pan and pinch the graph, as maps do; the mouse, wheel and
 * keys keep d3's defaults. A filtered first touch starts no gesture, so d3 leaves its touchmoves to
 * the browser's scrolling (with touch-action: pan-x pan-y on the svg, which leaves pinching to us).
 */
export function zoomFilter(e: Event & { touches?: TouchList; ctrlKey?: boolean; button?: number }): boolean {
  if (e.type.startsWith('touch')) return (e.touches?.length ?? 0) >= 2;
  return (!e.ctrlKey || e.type === 'wheel') && !e.button;
}

/**
 * `shapeKey` says when the drawing is a different one (the graph's shape): only then, and when
 * the view's size changes, is the graph placed again. A value edit may widen the layout a little
 * (labelGeometry.ts); that keeps the student's zoom and pan.
 */
export function useGraphZoom(layout: Layout, focus: Focus, shapeKey: unknown = layout, scales: Scales = LAPTOP_SCALES) {
  const svgRef = useRef<SVGSVGElement>(null);
  const zoomRef = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);
  /**
   * The drawing's outer group, which carries the zoom. d3-zoom's ticks write its transform
   * straight to the DOM: kept as React state, every frame of a pan re-rendered the whole graph
   * component in a task of its own, after the frame it was meant for.
   */
  const viewRef = useRef<SVGGElement | null>(null);
  const viewGroup = useCallback((g: SVGGElement | null) => {
    viewRef.current = g;
    // A group mounted afresh (a first drawing) starts where the view is.
    if (g && svgRef.current) g.setAttribute('transform', zoomTransform(svgRef.current).toString());
  }, []);
  const focusRef = useRef(focus);
  focusRef.current = focus;
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const scalesRef = useRef(scales);
  scalesRef.current = scales;
  // The svg's size, kept by a ResizeObserver: reading it during a step would force a layout.
  const viewport = useRef({ width: 0, height: 0 });
  /**
   * Where the view is going: the end of a running follow transition, else null (read the svg's).
   * Fast stepping starts a new pan before the last one ends; computing it from this target rather
   * than from the half-way transform makes it end exactly where slow stepping would.
   */
  const target = useRef<ZoomTransform | null>(null);
  const listeners = useRef(new Set<ViewListener>());

  /** Moves the view to `t`, animated or not, replacing any move still running. */
  const moveTo = useCallback((t: ZoomTransform, animate: boolean) => {
    const svg = svgRef.current;
    const behaviour = zoomRef.current;
    if (!svg || !behaviour) return;
    const selection = select(svg);
    // The unnamed transition: d3-zoom interrupts that one when the student grabs the graph.
    selection.interrupt();
    if (animate && !reducedMotion() && layoutRef.current.nodes.length <= ANIMATED_PAN_MAX_NODES) {
      target.current = t;
      selection.transition().duration(FOLLOW_MS).call(behaviour.transform, t)
        .on('end', () => { target.current = null; });
    } else {
      target.current = null;
      selection.call(behaviour.transform, t);
    }
  }, []);

  /** The default view: whole if readable, else at the readable scale around the current node. */
  const place = useCallback(() => {
    const { width, height } = viewport.current;
    if (width === 0 || height === 0) return;
    const f = frameScene(scene(layoutRef.current, focusRef.current, width, height, scalesRef.current));
    moveTo(zoomIdentity.translate(f.x, f.y).scale(f.k), false);
  }, [moveTo]);

  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 6])
      // Straight-line pans: d3's default (van Wijk) zooms out mid-way, which fast stepping would freeze.
      .interpolate(interpolate)
      .on('zoom', (e: { transform: ZoomTransform; sourceEvent: unknown }) => {
        // A wheel, drag or key of the student's own cancels any pan in flight.
        if (e.sourceEvent) target.current = null;
        viewRef.current?.setAttribute('transform', e.transform.toString());
        for (const listener of listeners.current) listener(e.transform, viewport.current);
      })
      .filter(zoomFilter);
    // d3's default extent reads the svg's size, forcing a layout of every mark on each pan: use the observed size.
    behaviour.extent(function (this: SVGSVGElement) {
      const { width, height } = viewport.current;
      return width > 0 ? [[0, 0], [width, height]] : [[0, 0], [this.clientWidth, this.clientHeight]];
    });
    zoomRef.current = behaviour;
    const selection = select(svg);
    selection.call(behaviour).on('dblclick.zoom', null);
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const k = zoomTransform(svg).k;
      const pan: Record<string, [number, number]> = { ArrowLeft: [1, 0], ArrowRight: [-1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
      if (e.shiftKey && pan[e.key]) {
        const [dx, dy] = pan[e.key];
        behaviour.translateBy(selection, (dx * KEY_PAN) / k, (dy * KEY_PAN) / k);
      } else if (e.key === '+' || e.key === '=') behaviour.scaleBy(selection, KEY_ZOOM);
      else if (e.key === '-' || e.key === '_' || e.key === '−') behaviour.scaleBy(selection, 1 / KEY_ZOOM);
      else if (e.key === '0') place();
      else return;
      target.current = null;
      // Handled here: the page's own shortcuts (arrows step) leave it alone.
      e.preventDefault();
      e.stopPropagation();
    };
    svg.addEventListener('keydown', onKey);
    return () => {
      selection.interrupt().on('.zoom', null);
      svg.removeEventListener('keydown', onKey);
    };
  }, [place]);

  // Place again when the drawing is a different one or the view's size changes; never on a value edit or a step.
  useEffect(() => {
    place();
    const svg = svgRef.current;
    if (!svg || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width === viewport.current.width && height === viewport.current.height) return;
      viewport.current = { width, height };
      place();
    });
    observer.observe(svg);
    return () => observer.disconnect();
  }, [place, shapeKey]);

  // New scales (presenter mode on or off) place the graph again.
  const placedFor = useRef(scales);
  useEffect(() => {
    if (placedFor.current === scales) return;
    placedFor.current = scales;
    place();
  }, [scales, place]);

  // Follow the step: when the current node leaves the view, pan (not zoom) to bring it back.
  useEffect(() => {
    const svg = svgRef.current;
    const { width, height } = viewport.current;
    if (!svg || !focus || width === 0) return;
    const t = target.current ?? zoomTransform(svg);
    const next = follow(t, scene(layoutRef.current, focus, width, height, scalesRef.current));
    if (next) moveTo(zoomIdentity.translate(next.x, next.y).scale(next.k), true);
  }, [focus, moveTo]);

  /** The view's size in px, as last observed (0×0 before the first observation). */
  const viewportSize = useCallback(() => viewport.current, []);
  /** Listens to every move of the view (the overview's outline, the edge stubs); returns the unsubscribe. */
  const watchView = useCallback((listener: ViewListener) => {
    listeners.current.add(listener);
    if (svgRef.current) listener(zoomTransform(svgRef.current), viewport.current);
    return () => { listeners.current.delete(listener); };
  }, []);
  /** Centres the view on a point of the drawing, at the present scale (a click on the overview). */
  const panTo = useCallback((p: { x: number; y: number }) => {
    const svg = svgRef.current;
    const { width, height } = viewport.current;
    if (!svg || width === 0) return;
    const k = zoomTransform(svg).k;
    const f = clampToDrawing({ x: width / 2 - p.x * k, y: height / 2 - p.y * k, k }, { drawing: drawingBox(layoutRef.current), view: { width, height } });
    moveTo(zoomIdentity.translate(f.x, f.y).scale(f.k), true);
  }, [moveTo]);
  return { svgRef, viewGroup, fit: place, viewportSize, watchView, panTo };
}

/** The whole drawing's size in layout units: the graph, its margins and the output's stub. */
const drawingSize = (layout: Layout) => ({ w: layout.width + 2 * MARGIN + OUTPUT_STUB, h: layout.height + 2 * MARGIN });
export const drawingBox = (layout: Layout) => {
  const { w, h } = drawingSize(layout);
  return { width: w, height: h };
};

/** Whether the whole drawing fits a `width`×`height` view with its labels readable. */
export function fitsReadable(layout: Layout, width: number, height: number, scales: Scales = LAPTOP_SCALES): boolean {
  const { w, h } = drawingSize(layout);
  return Math.min(width / w, height / h) >= scales.min;
}

function scene(layout: Layout, focus: Focus, width: number, height: number, scales: Scales): Scene {
  return { drawing: drawingBox(layout), focus: focus?.focus ?? null, operands: focus?.operands ?? [], consumers: focus?.consumers ?? [], view: { width, height }, scales };
}

/**
 * Whole at up to `maxFit` (2×) if that keeps labels readable (at least `min`); otherwise
 * readable, around the current node (or the inputs): framing.ts, for a node given as a point.
 */
export function defaultView(layout: Layout, focus: { x: number; y: number } | null, width: number, height: number, scales: Scales = LAPTOP_SCALES): ZoomTransform {
  const at: Box | null = focus && { left: focus.x + MARGIN, right: focus.x + MARGIN, top: focus.y + MARGIN, bottom: focus.y + MARGIN };
  const f = frameScene({ drawing: drawingBox(layout), focus: at ?? { left: MARGIN, right: MARGIN, top: MARGIN + layout.height / 2, bottom: MARGIN + layout.height / 2 }, operands: [], consumers: [], view: { width, height }, scales });
  return zoomIdentity.translate(f.x, f.y).scale(f.k);
}
