/**
 * The layout worker: big graphs are laid out here, off the main thread, so typing stays live
 * while a 2,000-node program is placed. Plain data in, typed arrays out (src/layout/packed.ts);
 * the layout code is the same pure module the main thread and the tests run.
 */
import { buffersOf, layeredLayout, packLayout, unpackInput, type PackedInput, type PackedLayout } from '../layout/index.ts';
import type { LayoutOptions } from '../layout/index.ts';

export interface LayoutJob {
  readonly id: number;
  readonly input: PackedInput;
  readonly options: LayoutOptions;
}

export type LayoutAnswer =
  | { readonly id: number; readonly ok: true; readonly layout: PackedLayout }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** The worker's global scope, typed by what we use: the app compiles against the DOM lib, not WebWorker. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutJob>) => void) | null;
  postMessage(message: LayoutAnswer, transfer: Transferable[]): void;
};

scope.onmessage = ({ data: { id, input, options } }) => {
  try {
    const layout = packLayout(layeredLayout(unpackInput(input), options));
    scope.postMessage({ id, ok: true, layout }, buffersOf(layout));
  } catch (error) {
    scope.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) }, []);
  }
};
