/**
 * 벡터와 행렬에 관한 엔진의 말(../en/shapeMessages.ts와 같은 키). 모양은 행과 열로 받고,
 * 열이 0이면 그 길이의 벡터입니다.
 */
import type { Catalog } from '../index.ts';

type ShapeKey = 'emptyLiteral' | 'tooManyEntries' | 'unclosedBracket' | 'badIndex' | 'unclosedIndex' | 'raggedRows' | 'mixedRows'
  | 'entryNotScalar' | 'matVec' | 'vecMat' | 'matMat' | 'vecVec' | 'matmulScalar' | 'shapeMismatch' | 'indexCount' | 'indexRange'
  | 'entryClash' | 'vectorOutput' | 'tooManyUnfolded';
type English = Pick<Catalog['engine']['messages'], ShapeKey>;

type Found = Parameters<English['badIndex']>[0];
const found = (f: Found) => ('end' in f ? (f.end === 'program' ? '프로그램의 끝' : '줄의 끝') : `'${f.token}'`);
const thousands = (n: number) => n.toLocaleString('en-US');
/** "길이 3인 벡터", "3×2 행렬". */
const shape = (rows: number, cols: number) => (cols === 0 ? `길이 ${rows}인 벡터` : `${rows}×${cols} 행렬`);
const kind = (cols: number) => (cols === 0 ? '벡터' : '행렬');
const SIDE = { left: '왼쪽', right: '오른쪽' } as const;

export const shapeMessages: English = {
  emptyLiteral: () => '벡터에는 원소가 하나 이상 있어야 합니다. [1, 2]처럼 쓰세요',
  tooManyEntries: (limit) => `벡터나 행렬 하나에는 원소를 ${thousands(limit)}개까지 쓸 수 있습니다. 여기가 한도가 끝나는 곳입니다`,
  unclosedBracket: (line, column, f) => `${line}행 ${column}열의 '['를 닫는 ',' 또는 ']'가 필요한데 ${found(f)}이(가) 나왔습니다`,
  badIndex: (f) => `인덱스는 1부터 시작하는 정수를 직접 써야 합니다. v[2]나 A[3, 1]처럼 쓰세요. 나온 것: ${found(f)}`,
  unclosedIndex: (f) => `인덱스 안에 ',' 또는 ']'가 필요한데 ${found(f)}이(가) 나왔습니다`,
  raggedRows: (row, entries, firstEntries) => `행렬의 모든 행은 길이가 같아야 합니다: 1번 행은 원소가 ${firstEntries}개인데 ${row}번 행은 ${entries}개입니다`,
  mixedRows: () => '행렬은 [1, 2] 같은 행을 나열해 쓰고, 벡터는 원소를 나열해 씁니다. 둘을 섞을 수 없습니다',
  entryNotScalar: (rows, cols) => `벡터나 행렬의 원소는 스칼라여야 하는데, 이것은 ${shape(rows, cols)}입니다`,
  matVec: (rows, cols, length) => `@로 ${shape(rows, cols)}과 ${shape(length, 0)}를 곱할 수 없습니다: 행렬의 열은 ${cols}개인데 벡터의 원소는 ${length}개입니다`,
  vecMat: (length, rows, cols) => `@로 ${shape(length, 0)}와 ${shape(rows, cols)}을 곱할 수 없습니다: 벡터의 원소는 ${length}개인데 행렬의 행은 ${rows}개입니다`,
  matMat: (m, n, p, q) => `@로 ${shape(m, n)}과 ${shape(p, q)}을 곱할 수 없습니다: 앞 행렬의 열은 ${n}개인데 뒤 행렬의 행은 ${p}개입니다`,
  vecVec: (a, b) => `두 벡터의 @는 내적이므로 길이가 같아야 합니다: ${shape(a, 0)}와 ${shape(b, 0)}입니다`,
  matmulScalar: (side) => `@는 벡터와 행렬을 곱합니다. ${SIDE[side]} 피연산자가 스칼라이므로 *를 쓰세요`,
  shapeMismatch: (op, rows1, cols1, rows2, cols2) => `${op}: 원소별 연산이라 모양이 같아야 하는데, ${shape(rows1, cols1)}과(와) ${shape(rows2, cols2)}입니다`,
  indexCount: (cols, given) => (cols === 0 ? `벡터의 인덱스는 v[2]처럼 하나입니다. ${given}개가 주어졌습니다` : `행렬의 인덱스는 A[3, 1]처럼 행, 열 두 개입니다. ${given}개가 주어졌습니다`),
  indexRange: (indices, rows, cols) => `[${indices}]: ${shape(rows, cols)}의 범위를 벗어납니다(인덱스는 1부터 셉니다)`,
  entryClash: (entry, name, cols, line) => `${entry}: ${line}행의 ${kind(cols)} ${name}의 원소 이름입니다. 둘 중 하나의 이름을 바꾸세요`,
  vectorOutput: (name, rows, cols) => `출력은 스칼라여야 하는데 ${name}: ${shape(rows, cols)}입니다. sum(…)을 쓰거나 ${cols === 0 ? '[1]' : '[1, 1]'}처럼 원소 하나를 고르세요`,
  tooManyUnfolded: (limit) => `스칼라로 펼치면 프로그램의 연산과 값이 ${thousands(limit)}개를 넘습니다. 벡터와 행렬을 줄이세요. 여기가 한도가 끝나는 곳입니다`,
};
