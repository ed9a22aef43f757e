// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Timeline } from './Timeline.tsx';

afterEach(cleanup);

describe('the timeline', () => {
  it('marks a reverse-mode schedule forward then backward', () => {
    const { container } = render(<Timeline count={10} forwardCount={4} step={5} />);
    expect(container.querySelector('.seg-forward')).not.toBeNull();
    expect(container.querySelector('.seg-backward')).not.toBeNull();
    expect(screen.getByRole('slider', { name: 'Step' }).getAttribute('aria-valuetext')).toMatch(/backward pass$/);
  });

  it('gives forward mode, whose every step is a tangent step, no backward segment', () => {
    const { container } = render(<Timeline count={6} forwardCount={6} step={5} />);
    expect(container.querySelector('.seg-backward')).toBeNull();
    expect(screen.getByRole('slider', { name: 'Step' }).getAttribute('aria-valuetext')).toMatch(/forward pass$/);
  });
});
