// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzed } from '../testing/fixtures.ts';
import { appStore } from '../store/store.ts';
import { Warnings } from './Warnings.tsx';

afterEach(cleanup);

describe('the warnings', () => {
  it('group every undeclared name into one warning that names each line once', () => {
    render(<Warnings analysis={analyzed('q = a * b + a\nf = q * c + b * d\n')} stale={false} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(1);
    // a and b are first used on line 1 (a twice: named once), c and d on line 2.
    expect(items[0].textContent).toMatch(/^Line 1: a, b; Line 2: c, d are used but never given a value/);
    expect(screen.getByRole('button', { name: 'Declare all' })).toBeTruthy();
  });

  it('name a single undeclared input on its button', () => {
    render(<Warnings analysis={analyzed('f = w * 2')} stale={false} />);
    expect(screen.getByRole('listitem').textContent).toMatch(/^Line 1: w is used but never given a value, so it is an input/);
    expect(screen.getByRole('button', { name: 'Declare w' })).toBeTruthy();
  });

  it('declare all names in one edit, in order of first use', () => {
    const source = 'f = b * a';
    appStore.setState({ source, lastGoodSource: source });
    render(<Warnings analysis={analyzed(source)} stale={false} />);
    fireEvent.click(screen.getByRole('button', { name: 'Declare all' }));
    expect(appStore.getState().source).toBe('b = 1\na = 1\nf = b * a');
  });

  it('say where a value turns NaN once, not twice', () => {
    render(<Warnings analysis={analyzed('x = -1\nf = log(x)')} stale={false} />);
    const text = screen.getByRole('listitem').textContent ?? '';
    expect(text.match(/line 2/gi)).toHaveLength(1);
  });

  it('stay quiet while the graph on screen is stale', () => {
    const { container } = render(<Warnings analysis={analyzed('f = w * 2')} stale />);
    expect(container.textContent).toBe('');
  });
});
