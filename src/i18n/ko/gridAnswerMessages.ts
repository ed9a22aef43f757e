/**
 * Layers 보기의 연습에서 벡터·행렬 답에 대한 말(../en/gridAnswerMessages.ts와 같은 키).
 * 위치는 답 글자의 열(1부터), 모양은 행과 열로 받고 열이 0이면 벡터입니다.
 */
import type { Catalog } from '../index.ts';

type Key = 'answerMissingEntry' | 'answerEntryAt' | 'answerEntryNamed' | 'answerTooDeep' | 'answerUnclosed' | 'answerUnmatched'
  | 'answerAfter' | 'answerMixedRows' | 'answerRaggedRows' | 'answerShape';
type English = Pick<Catalog['engine']['messages'], Key>;
type Found = Parameters<English['answerUnclosed']>[2];

const found = (f: Found) => ('end' in f ? (f.end === 'program' ? '프로그램의 끝' : '줄의 끝') : `'${f.token}'`);
/** "수 하나", "길이 3인 벡터", "3×2 행렬". */
const shape = (rows: number, cols: number) => (rows * Math.max(cols, 1) === 1 ? '수 하나'
  : cols === 0 ? `길이 ${rows}인 벡터` : `${rows}×${cols} 행렬`);

export const gridAnswerMessages: English = {
  answerMissingEntry: (column) => `${column}열: 원소가 빠졌습니다. [0.1, -0.2]처럼 쉼표 사이에 수를 쓰세요.`,
  answerEntryAt: (column, reason) => `${column}열: ${reason}`,
  answerEntryNamed: (name, reason) => `${name}: ${reason}`,
  answerTooDeep: (column) => `${column}열: '['가 하나 많습니다. 행렬은 [[1, 2], [3, 4]]처럼 행을 나열해 씁니다.`,
  answerUnclosed: (open, column, f) => `${column}열: ${open}열의 '['를 닫는 ',' 또는 ']'가 필요한데 ${found(f)}이(가) 나왔습니다.`,
  answerUnmatched: (column) => `${column}열: 여는 '[' 없이 ']'가 나왔습니다.`,
  answerAfter: (column) => `${column}열: 답 뒤에 글자가 더 있습니다. 벡터나 행렬은 [0.1, -0.2]처럼 대괄호로 묶어 쓰세요.`,
  answerMixedRows: (column) => `${column}열: 행렬은 [1, 2] 같은 행을 나열해 쓰고, 벡터는 수를 나열해 씁니다. 둘을 섞을 수 없습니다.`,
  answerRaggedRows: (row, count, first) => `행렬의 모든 행은 길이가 같아야 합니다: 1번 행은 원소가 ${first}개인데 ${row}번 행은 ${count}개입니다.`,
  answerShape: (rows, cols, wantRows, wantCols) => `모양이 다릅니다: 입력한 것은 ${shape(rows, cols)}이고, 답은 ${shape(wantRows, wantCols)}입니다.`,
};
