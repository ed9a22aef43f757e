/**
 * A catalog sentence with a rendered part in it: `fill('Gradient at {0}', <Tex …/>)`. The
 * sentence stays whole in the catalog, so each language puts the part where its word order wants.
 */
import { Fragment, type ReactNode } from 'react';

export function fill(template: string, ...parts: ReactNode[]): ReactNode {
  return template.split(/\{(\d)\}/).map((piece, i) =>
    // split keeps the captured index at odd positions
    <Fragment key={i}>{i % 2 === 1 ? parts[Number(piece)] : piece}</Fragment>);
}
