/**
 * The engine's messages about vectors and matrices (LANGUAGE.md, "Vectors and matrices"): part
 * of `engine.messages` (engine.ts spreads them in). A shape is passed as rows and columns, with
 * columns 0 for a vector of that many entries, so each language writes it its own way.
 */
import type { Found } from './engine.ts';

const found = (f: Found) => ('end' in f ? `the end of the ${f.end}` : `'${f.token}'`);
const thousands = (n: number) => n.toLocaleString('en-US');
/** "a vector of length 3", "a 3×2 matrix". */
const shape = (rows: number, cols: number) => (cols === 0 ? `a vector of length ${rows}` : `a ${rows}×${cols} matrix`);
const kind = (cols: number) => (cols === 0 ? 'vector' : 'matrix');

export const shapeMessages = {
  // ---- parser
  emptyLiteral: () => 'a vector needs at least one entry, like [1, 2]',
  tooManyEntries: (limit: number) => `a vector or matrix literal holds at most ${thousands(limit)} entries. This is where the limit falls`,
  unclosedBracket: (line: number, column: number, f: Found) => `expected ',' or ']' to close the '[' at line ${line}, column ${column}, found ${found(f)}`,
  badIndex: (f: Found) => `an index is a whole number from 1, written out, like v[2] or A[3, 1]; found ${found(f)}`,
  unclosedIndex: (f: Found) => `expected ',' or ']' in the index, found ${found(f)}`,
  // ---- unfolding
  raggedRows: (row: number, entries: number, firstEntries: number) =>
    `every row of a matrix must have the same length: row 1 has ${firstEntries} entr${firstEntries === 1 ? 'y' : 'ies'} but row ${row} has ${entries}`,
  mixedRows: () => 'write a matrix as rows, every item a row like [1, 2]; a vector as entries, none of them a row',
  entryNotScalar: (rows: number, cols: number) => `an entry of a vector or a matrix must be a scalar, but this is ${shape(rows, cols)}`,
  matVec: (rows: number, cols: number, length: number) =>
    `@ cannot multiply ${shape(rows, cols)} by ${shape(length, 0)}: the matrix has ${cols} column${cols === 1 ? '' : 's'} but the vector has ${length} entr${length === 1 ? 'y' : 'ies'}`,
  vecMat: (length: number, rows: number, cols: number) =>
    `@ cannot multiply ${shape(length, 0)} by ${shape(rows, cols)}: the vector has ${length} entr${length === 1 ? 'y' : 'ies'} but the matrix has ${rows} row${rows === 1 ? '' : 's'}`,
  matMat: (m: number, n: number, p: number, q: number) =>
    `@ cannot multiply ${shape(m, n)} by ${shape(p, q)}: the first has ${n} column${n === 1 ? '' : 's'} but the second has ${p} row${p === 1 ? '' : 's'}`,
  vecVec: (a: number, b: number) => `@ of two vectors is their dot product, which needs equal lengths: ${shape(a, 0)} and ${shape(b, 0)}`,
  matmulScalar: (side: 'left' | 'right') => `@ multiplies vectors and matrices, but its ${side} operand is a scalar: use * to multiply by a scalar`,
  shapeMismatch: (op: string, rows1: number, cols1: number, rows2: number, cols2: number) =>
    `${op} works entry by entry on equal shapes, but here it has ${shape(rows1, cols1)} and ${shape(rows2, cols2)}`,
  indexCount: (cols: number, given: number) =>
    cols === 0 ? `a vector takes one index, like v[2], not ${given}` : `a matrix takes two indices, row then column, like A[3, 1], not ${given}`,
  indexRange: (indices: string, rows: number, cols: number) => `[${indices}] is out of range for ${shape(rows, cols)} (indices count from 1)`,
  entryClash: (entry: string, name: string, cols: number, line: number) =>
    `${entry} is the name of an entry of the ${kind(cols)} ${name} (line ${line}): give one of them another name`,
  vectorOutput: (name: string, rows: number, cols: number) =>
    `the output must be a scalar, but ${name} is ${shape(rows, cols)}: write sum(…) of it, or pick an entry like ${cols === 0 ? '[1]' : '[1, 1]'}`,
  tooManyUnfolded: (limit: number) =>
    `unfolded into scalars, the program has more than ${thousands(limit)} operations and values; make its vectors and matrices smaller. This is where the limit falls`,
};
