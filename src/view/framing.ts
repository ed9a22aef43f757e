/**
 * Where the graph's view goes: the whole drawing when it reads whole, else the current node
 * framed with its operands and consumers at a readable scale, and, for the edges that still
 * leave the view, where their stubs sit on its border. Pure: boxes in, a transform out
 * (screen = drawing · k + (x, y)), so the laptop view and presenter mode can share it.
 */

/** An axis-aligned box in drawing units. */
export interface Box { readonly left: number; readonly top: number; readonly right: number; readonly bottom: number }
/** A zoom: a drawing point p lands on screen at p · k + (x, y). */
export interface Frame { readonly x: number; readonly y: number; readonly k: number }
export interface Size { readonly width: number; readonly height: number }
/** The least scale a view keeps (labels readable) and the most a small drawing is blown up to. */
export interface FrameScales { readonly min: number; readonly maxFit: number }

export interface Scene {
  /** The whole drawing, from (0, 0). */
  readonly drawing: Size;
  /** The current node, labels included; null between lessons. */
  readonly focus: Box | null;
  /** Its operands, which its formula reads: framed first. */
  readonly operands: readonly Box[];
  /** The nodes that read it. */
  readonly consumers: readonly Box[];
  readonly view: Size;
  readonly scales: FrameScales;
}

/** Screen px kept between a framed box and the view's border. */
export const FRAME_PAD = 24;

const union = (boxes: readonly Box[]): Box => ({
  left: Math.min(...boxes.map((b) => b.left)),
  top: Math.min(...boxes.map((b) => b.top)),
  right: Math.max(...boxes.map((b) => b.right)),
  bottom: Math.max(...boxes.map((b) => b.bottom)),
});

/** Whether the whole drawing reads in the view: the scale it fits at is at least the readable one. */
export const wholeScale = ({ drawing, view, scales }: Scene) => Math.min(view.width / drawing.width, view.height / drawing.height, scales.maxFit);

/**
 * The default framing: the whole drawing when it reads whole; otherwise, at the readable scale,
 * the current node with as many of its neighbours as fit around it.
 */
export function frameScene(scene: Scene): Frame {
  const whole = wholeScale(scene);
  if (whole >= scene.scales.min) return clampToDrawing({ x: 0, y: 0, k: whole }, scene);
  return frameAt(scene.scales.min, scene);
}

/** Whether a group of boxes fits the view at scale k, with the pad on every side. */
const fits = (b: Box, k: number, view: Size) => (b.right - b.left) * k + 2 * FRAME_PAD <= view.width && (b.bottom - b.top) * k + 2 * FRAME_PAD <= view.height;

/**
 * At scale k: centred on the largest of these groups that fits — the current node with its
 * operands and consumers, with its operands, with its consumers — else on all of them, slid
 * only as far as keeps the current node itself inside.
 */
export function frameAt(k: number, scene: Scene): Frame {
  const { focus, operands, consumers, view } = scene;
  if (!focus) return clampToDrawing({ x: FRAME_PAD, y: view.height / 2 - (scene.drawing.height / 2) * k, k }, scene);
  const groups = [[focus, ...operands, ...consumers], [focus, ...operands], [focus, ...consumers]].map(union);
  const group = groups.find((g) => fits(g, k, view)) ?? groups[0];
  const axis = (lo: number, hi: number, groupLo: number, groupHi: number, length: number) => {
    const half = length / 2 / k;
    const pad = FRAME_PAD / k;
    const centre = (groupLo + groupHi) / 2;
    // Centres that keep the current node inside with its pad; at most, the node's own centre.
    const least = Math.min(hi + pad - half, (lo + hi) / 2);
    const most = Math.max(lo - pad + half, (lo + hi) / 2);
    return length / 2 - Math.min(most, Math.max(least, centre)) * k;
  };
  return clampToDrawing({
    x: axis(focus.left, focus.right, group.left, group.right, view.width),
    y: axis(focus.top, focus.bottom, group.top, group.bottom, view.height),
    k,
  }, scene);
}

/** Centres an axis the drawing fits on; otherwise keeps the view inside it, with no empty margin. */
export function clampToDrawing(f: Frame, { drawing, view }: Pick<Scene, 'drawing' | 'view'>): Frame {
  const clamp = (t: number, length: number, extent: number) =>
    extent * f.k <= length ? (length - extent * f.k) / 2 : Math.min(0, Math.max(length - extent * f.k, t));
  return { x: clamp(f.x, view.width, drawing.width), y: clamp(f.y, view.height, drawing.height), k: f.k };
}

/** Whether box b lies wholly inside the view under frame f. */
export function inView(f: Frame, b: Box, view: Size): boolean {
  return b.left * f.k + f.x >= 0 && b.right * f.k + f.x <= view.width && b.top * f.k + f.y >= 0 && b.bottom * f.k + f.y <= view.height;
}

/**
 * Following a step at the student's own zoom: the frame to move to, or null when the view
 * already shows everything the framing at this scale would show (no pan for nothing).
 */
export function follow(current: Frame, scene: Scene): Frame | null {
  if (!scene.focus) return null;
  const next = frameAt(current.k, scene);
  const wanted = [scene.focus, ...scene.operands, ...scene.consumers].filter((b) => inView(next, b, scene.view));
  return wanted.every((b) => inView(current, b, scene.view)) ? null : next;
}

/** Where an edge that leaves the view ends: on the border, toward the node it goes to. */
export interface Stub { readonly x: number; readonly y: number; readonly name: string; readonly side: 'left' | 'right' | 'top' | 'bottom' }

/** Screen px between a stub and the view's border. */
export const STUB_INSET = 8;

/** How far from its centre a node reaches, in drawing units (half the widest input box): short of it, the node is cut. */
export const NODE_REACH = 36;

/**
 * For each neighbour off screen or cut by the border, the point where the line from the current
 * node toward it crosses the view's border (inset a little), in screen px; none while the current
 * node itself is off screen.
 */
export function edgeStubs(f: Frame, view: Size, from: { x: number; y: number }, others: readonly { x: number; y: number; name: string }[]): Stub[] {
  const reach = NODE_REACH * f.k;
  const screen = (p: { x: number; y: number }) => ({ x: p.x * f.k + f.x, y: p.y * f.k + f.y });
  const a = screen(from);
  const [x0, y0, x1, y1] = [STUB_INSET, STUB_INSET, view.width - STUB_INSET, view.height - STUB_INSET];
  if (x1 <= x0 || y1 <= y0 || a.x < x0 || a.x > x1 || a.y < y0 || a.y > y1) return [];
  const stubs: Stub[] = [];
  for (const other of others) {
    const b = screen(other);
    if (b.x >= x0 + reach && b.x <= x1 - reach && b.y >= y0 + reach && b.y <= y1 - reach) continue;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    // The first border the ray from a to b meets: the least positive t over the four sides.
    const hits: [number, Stub['side']][] = [];
    if (dx < 0) hits.push([(x0 - a.x) / dx, 'left']);
    if (dx > 0) hits.push([(x1 - a.x) / dx, 'right']);
    if (dy < 0) hits.push([(y0 - a.y) / dy, 'top']);
    if (dy > 0) hits.push([(y1 - a.y) / dy, 'bottom']);
    const [t, side] = hits.reduce((best, h) => (h[0] < best[0] ? h : best));
    stubs.push({ x: a.x + t * dx, y: a.y + t * dy, name: other.name, side });
  }
  return stubs;
}
