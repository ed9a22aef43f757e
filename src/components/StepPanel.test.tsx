// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../core/index.ts';
import { StepPanel } from './StepPanel.tsx';
import { analyzed, CS231N } from '../testing/fixtures.ts';

const analysis = analyzed(CS231N);

// KaTeX itself refuses happy-dom's document (no standards mode); the browser tests check the
// rendered formulas. Here: structure, labels and the words the live region speaks.
afterEach(cleanup);

describe('the step panel', () => {
  it('names itself "Step explanation" and announces the forward equation in words', () => {
    render(<StepPanel analysis={analysis} step={0} />);
    const region = screen.getByRole('region', { name: 'Step explanation' });
    expect(region.textContent).toContain('Step 1 of 7');
    expect(region.querySelector('[aria-live="polite"]')?.textContent).toBe('Forward: q = x + y = -2 + 5 = 3');
    // One formula: its one-line form, and its two-line form (q = x + y | = -2 + 5 = 3) for a narrow panel.
    expect(region.querySelectorAll('.formula .fit-formula').length).toBe(1);
    expect(region.querySelectorAll('.formula .tex-block').length).toBe(3);
  });

  it('shows, at the multiply gate, the upstream gradient and one local gradient and product per operand', () => {
    // step 3 is the backward step at f = q·z: ∂f/∂q = z = -4 and ∂f/∂z = q = 3
    render(<StepPanel analysis={analysis} step={2} />);
    // The output's own step starts from the seed ∂f/∂f = 1.
    expect(screen.getByText(/^Seed/)).toBeTruthy();
    expect(screen.getAllByText(/^Local gradient for/).map((e) => e.textContent)).toEqual(['Local gradient for q', 'Local gradient for z']);
    expect(screen.getByText(/multiply gate/)).toBeTruthy();
  });

  it('says a sum is formed where a value fans out', () => {
    const fanout = analyze('x = 2; y = 3; q = x * y; f = q + x');
    if (!fanout.ok) throw new Error('must compile');
    const xStep = fanout.value.schedule.backwardStepOf[fanout.value.graph.names.get('x')!];
    render(<StepPanel analysis={fanout.value} step={xStep} />);
    expect(screen.getByText('Upstream gradient: the sum of its terms')).toBeTruthy();
    expect(screen.queryByText('The sum so far')).toBeNull();
    // The backward pass reaches f = q + x first (term 1), then q = x·y (term y = 3): ∂f/∂x = 1 + 3 = 4
    expect(screen.getByRole('region').querySelector('[aria-live]')?.textContent).toBe('Backward: ∂f/∂x = 1 + 3 = 4');
  });

  it('shows a term of a fan-out with the sum so far, and names as typed (not capitalised)', () => {
    const fanout = analyze('x = 2; y = 3; q = x * y; f = q + x');
    if (!fanout.ok) throw new Error('must compile');
    // At f = q + x, x receives its first term (1 of 2): ∂f/∂x = 1 + ⋯
    render(<StepPanel analysis={fanout.value} step={fanout.value.schedule.backwardStepOf[fanout.value.graph.output]} />);
    expect(screen.getByText('Upstream × local: one term of a sum')).toBeTruthy();
    expect(screen.getByText('The sum so far')).toBeTruthy();
    const name = screen.getAllByText('x').find((e) => e.classList.contains('as-typed')) as HTMLElement;
    expect(name.style.textTransform).toBe('none');
    expect(screen.getByRole('region').querySelector('[aria-live]')?.textContent).toContain('∂f/∂x = 1 + …');
  });

  describe('the next step, laid out ahead', () => {
    /** Idle callbacks held until the test runs them, as the browser runs them when it is idle. */
    function idle() {
      const queued: (() => void)[] = [];
      vi.stubGlobal('requestIdleCallback', (f: () => void) => queued.push(f));
      vi.stubGlobal('cancelIdleCallback', () => {});
      return () => act(() => { for (const f of queued.splice(0)) f(); });
    }
    afterEach(() => { cleanup(); vi.unstubAllGlobals(); });
    const bodies = () => [...document.querySelectorAll<HTMLElement>('.step-body')];

    it('is out of reach while staged, and the same body, in place, once the student steps to it', () => {
      const runIdle = idle();
      // Steps 3 and 4 are backward steps (at f, then at q).
      const { rerender } = render(<StepPanel analysis={analysis} step={2} stageNext />);
      expect(bodies()).toHaveLength(1);
      runIdle();
      const [shown, staged] = bodies();
      expect(staged.classList.contains('staged')).toBe(true);
      expect(staged.getAttribute('aria-hidden')).toBe('true');
      expect([...staged.querySelectorAll<HTMLElement>('.formula')].every((f) => f.tabIndex === -1)).toBe(true);
      expect(shown.getAttribute('aria-hidden')).toBeNull();
      rerender(<StepPanel analysis={analysis} step={3} stageNext />);
      // Moved in, not rendered again: the browser keeps its layout.
      expect(bodies()).toEqual([staged]);
      expect(staged.classList.contains('staged')).toBe(false);
      expect(staged.getAttribute('aria-hidden')).toBeNull();
      expect([...staged.querySelectorAll<HTMLElement>('.formula')].every((f) => f.tabIndex === 0)).toBe(true);
    });

    it('never brings the backward pass onto the page during the forward pass, nor in practice', () => {
      const runIdle = idle();
      const last = analysis.schedule.forwardCount - 1;
      const { rerender } = render(<StepPanel analysis={analysis} step={last} stageNext />);
      runIdle();
      expect(bodies()).toHaveLength(1);
      expect(document.body.textContent).not.toContain('∂');
      rerender(<StepPanel analysis={analysis} step={0} stageNext={false} />);
      runIdle();
      expect(bodies()).toHaveLength(1);
    });
  });
});
