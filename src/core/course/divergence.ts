/**
 * When gradient descent should stop by itself. A loss bounded below (a squared error, a
 * cross-entropy) can only fall to its floor, so a loss that falls far past its starting value
 * has no minimum for descent to find (CS231n's f = (x + y)·z falls forever); one that climbs
 * far above where it started is overshooting, the learning rate too large; and a loss that is
 * no longer a number ends the run.
 */
export type Divergence =
  | { readonly kind: 'noMinimum'; readonly from: number; readonly to: number }
  | { readonly kind: 'growing'; readonly from: number; readonly to: number }
  | { readonly kind: 'notFinite'; readonly from: number; readonly to: number };

/**
 * How far the loss may move past its start, in units of max(1, |first loss|), before the run
 * stops: falling 10 units is past any floor a loss that starts above it could have; climbing
 * is let go further, since a loss may overshoot and come back, and divergence is exponential.
 */
export const FALL_LIMIT = 10;
export const RISE_LIMIT = 1000;

/** Whether the run from `first` has diverged now that the loss is `latest`. */
export function divergence(first: number, latest: number): Divergence | null {
  if (!Number.isFinite(latest)) return { kind: 'notFinite', from: first, to: latest };
  if (!Number.isFinite(first)) return null;
  const unit = Math.max(1, Math.abs(first));
  if (latest < first - FALL_LIMIT * unit) return { kind: 'noMinimum', from: first, to: latest };
  if (latest > first + RISE_LIMIT * unit) return { kind: 'growing', from: first, to: latest };
  return null;
}
