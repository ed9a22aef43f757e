/**
 * What practice says about a vector or matrix answer in the Layers view (core/course/layerPractice.ts):
 * part of `engine.messages` (engine.ts spreads them in). Positions are 1-based columns of the
 * answer's text; a shape is passed as rows and columns, columns 0 for a vector.
 */
import type { Found } from './engine.ts';

const found = (f: Found) => ('end' in f ? `the end of the ${f.end}` : `'${f.token}'`);
/** "one number", "a vector of length 3", "a 3×2 matrix". */
const shape = (rows: number, cols: number) => (rows * Math.max(cols, 1) === 1 ? 'one number'
  : cols === 0 ? `a vector of length ${rows}` : `a ${rows}×${cols} matrix`);
const entries = (n: number) => `${n} entr${n === 1 ? 'y' : 'ies'}`;

export const gridAnswerMessages = {
  answerMissingEntry: (column: number) => `Column ${column}: an entry is missing. Write a number between the commas, like [0.1, -0.2].`,
  answerEntryAt: (column: number, reason: string) => `Column ${column}: ${reason}`,
  answerEntryNamed: (name: string, reason: string) => `${name}: ${reason}`,
  answerTooDeep: (column: number) => `Column ${column}: one '[' too many. A matrix is a list of rows, like [[1, 2], [3, 4]].`,
  answerUnclosed: (open: number, column: number, f: Found) => `Column ${column}: expected ',' or ']' to close the '[' at column ${open}, found ${found(f)}.`,
  answerUnmatched: (column: number) => `Column ${column}: a ']' with no '[' to close.`,
  answerAfter: (column: number) => `Column ${column}: more text after the answer. Write a vector or a matrix in brackets, like [0.1, -0.2].`,
  answerMixedRows: (column: number) => `Column ${column}: write a matrix as rows, every item a row like [1, 2], and a vector as numbers, none of them a row.`,
  answerRaggedRows: (row: number, count: number, first: number) => `Every row must have the same length: row 1 has ${entries(first)} but row ${row} has ${count}.`,
  answerShape: (rows: number, cols: number, wantRows: number, wantCols: number) =>
    `Wrong shape: you typed ${shape(rows, cols)}, but the answer is ${shape(wantRows, wantCols)}.`,
};
