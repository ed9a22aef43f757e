// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { appStore } from '../store/store.ts';
import { analyzed, CS231N } from '../testing/fixtures.ts';
import GradientsTable from './GradientsTable.tsx';
import { nodeTooltip } from './GraphMarks.tsx';
import { NodeDetails } from './NodeDetails.tsx';

// CS231n: q = x + y = 3 (step 1), f = q·z = -12 (step 2); the backward pass starts at f (step 3).
const analysis = analyzed(CS231N);
const id = (name: string) => analysis.graph.names.get(name) as number;
const backwardStep = (name: string) => analysis.schedule.backwardStepOf[id(name)];

afterEach(() => {
  cleanup();
  act(() => appStore.getState().select(null));
});

describe('the selected node', () => {
  it('gives no gradient and no step before the lesson reaches the node', () => {
    act(() => appStore.getState().select(id('f')));
    render(<NodeDetails analysis={analysis} step={0} />);
    const region = screen.getByRole('region', { name: 'Selected node' });
    expect(region.querySelector('dd.value')?.textContent).toBe('not computed yet');
    expect(region.querySelector('dd.grad')?.textContent).toBe('not reached yet');
    expect(screen.queryByRole('button', { name: 'Go to step' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy value' })).toBeNull();
  });

  it('shows the value once computed and the gradient from the node\'s backward step on', () => {
    act(() => appStore.getState().select(id('q')));
    const { rerender } = render(<NodeDetails analysis={analysis} step={backwardStep('q') - 1} />);
    expect(document.querySelector('dd.value')?.textContent).toBe('3'); // -2 + 5
    expect(document.querySelector('dd.grad')?.textContent).toBe('not reached yet');
    rerender(<NodeDetails analysis={analysis} step={backwardStep('q')} />);
    expect(document.querySelector('dd.grad')?.textContent).toBe('-4'); // ∂f/∂q = z
    expect(screen.getByRole('button', { name: 'Go to step' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy gradient' })).toBeTruthy();
  });
});

describe('the node tooltip', () => {
  it('names only what has been reached', () => {
    expect(nodeTooltip('q', null, null)).toBe('q: value not computed yet');
    expect(nodeTooltip('q', 3, null)).toBe('q: value 3');
    expect(nodeTooltip('q', 3, -4)).toBe('q: value 3, gradient -4');
  });
});

describe('the Gradients table', () => {
  it('lists the inputs, then the named gates, each with its value and gradient', () => {
    render(<GradientsTable analysis={analysis} />);
    const table = screen.getByRole('table', { name: 'Gradients' });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
      [tr.querySelector('.sr-only')?.textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]);
    // f = (x + y)·z at x = -2, y = 5, z = -4: ∂f/∂x = ∂f/∂y = z = -4, ∂f/∂z = x + y = 3.
    expect(rows).toEqual([['x', '-2', '-4'], ['y', '5', '-4'], ['z', '-4', '3'], ['q', '3', '-4'], ['f', '-12', '1']]);
  });
});
