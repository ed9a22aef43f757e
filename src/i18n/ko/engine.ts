/**
 * 엔진의 말: 구문·컴파일 오류, 경고, 게이트 패턴, 연습 답의 안내. ../en/engine.ts와 같은 키.
 * 이름 뒤의 조사는 이름마다 달라지므로, 이름은 따옴표 없이 앞에 두고 문장을 그에 맞춘다.
 */
import type { Catalog } from '../index.ts';
import { nearestName } from '../nearest.ts';
import { gridAnswerMessages } from './gridAnswerMessages.ts';
import { shapeMessages } from './shapeMessages.ts';

type Engine = Catalog['engine'];
type Found = Parameters<Engine['messages']['unexpected']>[0];
type CharHint = NonNullable<Parameters<Engine['messages']['unexpectedChar']>[1]>;
type NumberBase = Parameters<Engine['messages']['numberBase']>[0];

const found = (f: Found) => ('end' in f ? (f.end === 'program' ? '프로그램의 끝' : '줄의 끝') : `'${f.token}'`);
const thousands = (n: number) => n.toLocaleString('en-US');
const CHAR_HINT: Readonly<Record<CharHint, string>> = {
  multiply: "; 곱하기는 '*'를 쓰세요", divide: "; 나누기는 '/'를 쓰세요", minus: "; 빼기는 '-'를 쓰세요", square: "; 제곱은 '^2'를 쓰세요",
};
const BASE: Readonly<Record<NumberBase, string>> = { hexadecimal: '16진수', binary: '2진수', octal: '8진수' };
const at = (line: number, column: number) => `${line}행 ${column}열`;

const messages: Engine['messages'] = {
  numberThenName: (number, name) => `숫자 바로 뒤에 이름이 올 수 없습니다: 곱하려면 ${number}*${name}처럼 쓰세요`,
  dotInNumber: (number) => `숫자 ${number} 안에 예상하지 못한 '.'가 있습니다`,
  unexpectedChar: (shown, hint) => `예상하지 못한 문자 ${shown}${hint ? CHAR_HINT[hint] : ''}`,
  numberBase: (base, literal) => `${literal} 같은 ${BASE[base]}는 지원하지 않습니다: 10진수로 쓰세요`,
  digitGroup: (fixed, written) => `'_'로 숫자의 자릿수를 묶을 수 없습니다: ${written} 대신 ${fixed}라고 쓰세요`,
  tooLong: (length, limit) => `프로그램이 ${thousands(length)}자입니다. 한도는 ${thousands(limit)}자이며, 여기가 한도가 끝나는 곳입니다`,
  empty: () => '프로그램이 비어 있습니다: (x + y) * z 같은 식을 입력하세요',
  assignConstant: (name) => `${name}: 내장 상수라서 값을 대입할 수 없습니다`,
  assignFunction: (name) => `${name}: 함수 이름이라서 값을 대입할 수 없습니다`,
  leftOfEquals: () => "'='의 왼쪽에는 이름만 올 수 있습니다",
  tooManyNodes: (limit) => `프로그램의 연산과 값이 ${thousands(limit)}개를 넘습니다. 나누거나 줄이세요. 여기가 한도가 끝나는 곳입니다`,
  tooDeep: (limit) => `식이 ${limit}단계보다 깊게 중첩되어 있습니다`,
  functionNotCalled: (name) => `${name}: 함수입니다. ${name}(…)처럼 호출하세요`,
  unclosedParen: (line, column) => `${at(line, column)}의 '('를 닫는 ')'가 필요합니다`,
  expectedAfter: (token) => `'${token}' 뒤에 식이 필요합니다`,
  unmatchedClose: () => "닫을 '('가 없는 ')'가 있습니다",
  expectedExpression: (f) => `식이 필요한데 ${found(f)}이(가) 나왔습니다`,
  unknownFunction: (name, known) => {
    const meant = nearestName(name, known.split(', '));
    return meant !== undefined
      ? `알 수 없는 함수 '${name}': 혹시 ${meant}인가요? 사용할 수 있는 함수: ${known}`
      : `알 수 없는 함수 '${name}'. 사용할 수 있는 함수: ${known}. 곱하려면 ${name}*(…)처럼 쓰세요`;
  },
  expectedCommaOrClose: (name, f) => `${name} 호출 안에 ',' 또는 ')'가 필요한데 ${found(f)}이(가) 나왔습니다`,
  arity: (name, arity, given) => `${name}${arity === 1 ? '(a)' : '(a, b)'}: 인수 ${arity}개를 받는데 ${given}개가 주어졌습니다`,
  missingOperator: (before, next) => `'${next}' 앞에 연산자가 필요합니다. 곱하려면 ${before}*${next}처럼 쓰세요`,
  extraEquals: () => "예상하지 못한 '=': 한 문장에는 '='가 하나만, 그 왼쪽에 이름이 옵니다",
  unexpected: (f) => `예상하지 못한 ${found(f)}`,
  definedTwice: (name, line) => `${name}: 이미 ${line}행에서 정의했습니다. 이름은 한 번만 정의할 수 있습니다`,
  unnamedNotLast: () => '이름 없는 줄은 마지막 줄에만 올 수 있습니다. 이 값을 남기려면 이름 = …처럼 쓰세요',
  fTaken: () => '마지막 줄에 이름이 없어 결과의 이름이 f가 되는데, f는 이미 쓰고 있습니다. 대신 out = …처럼 쓰세요',
  usedBeforeDefined: (name, line) => `${name}: ${line}행에서 정의하기 전에 사용했습니다`,
  ...shapeMessages,
  defaultInput: (name) => `${name}: 값을 주지 않고 사용했으므로 기본값 1인 입력입니다`,
  noInputs: () => '출력에 영향을 주는 입력이 없습니다: 기울기는 출력이 쓰는 이름 붙은 줄에만 전해집니다',
  tooLarge: (text, value, line, column) => `${text} = ${value} (${at(line, column)}): 배정밀도로 나타내기에 너무 큰 수입니다(±1.8e308 초과)`,
  tooSmall: (literal, line, column) => `${literal} = 0 (${at(line, column)}): 0이 아닌 수지만 배정밀도로 나타내기에 너무 작아 0이 됩니다(±4.9e-324 미만)`,
  nonFiniteValue: (text, value, line, column, expression, operands) => `${text} = ${value} (${at(line, column)}): ${expression}, 이때 ${operands}`,
  nonFiniteGradient: (expression, term, line, column, operand, local, operands) =>
    `${expression}을(를) 지나는 기울기가 ${term}입니다(${at(line, column)}): ${operand}에 대한 국소 기울기가 ${Number.isNaN(local) ? '정의되지 않음' : local}, 이때 ${operands}` +
    (Number.isNaN(term) ? '' : '. 더 뒤에서 0인 국소 기울기와 곱해지면 0·∞ = NaN이 됩니다'),
  answerEmpty: () => '먼저 -4, 3/4, 1e-3 같은 수를 입력하세요.',
  answerOneNumber: () => '수 하나나 2*3 같은 간단한 계산을 = 나 ; 없이 입력하세요.',
  answerNotNumber: (reason) => `수가 아닙니다: ${reason}.`,
  answerName: (name) => `숫자만 입력하세요. '${name}'은(는) 숫자가 아니라 변수 이름입니다.`,
  ...gridAnswerMessages,
};

const patterns: Engine['patterns'] = {
  add: '덧셈 게이트: 상류 기울기를 모든 입력에 똑같이, 그대로 전달합니다.',
  sub: '뺄셈 게이트: 첫째 입력에는 기울기를, 둘째 입력에는 그 음수를 보냅니다',
  mul: '곱셈 게이트: 각 입력의 기울기는 상류 기울기 × 다른 입력의 값입니다.',
  div: '나눗셈 게이트: 분자에는 1/b, 분모에는 −a/b²',
  neg: '부호 반전 게이트: 기울기의 부호를 뒤집습니다',
  pos: '단항 플러스: 기울기를 그대로 통과시킵니다',
  identity: '항등: 값의 새 이름일 뿐, 기울기는 그대로 통과합니다',
  pow: '거듭제곱 게이트: ∂(aᵇ)/∂a = b·aᵇ⁻¹만큼 기울기를 키우거나 줄입니다',
  exp: 'exp 게이트: 국소 기울기가 자신의 출력입니다',
  log: 'log 게이트: 기울기에 1/입력을 곱합니다',
  sqrt: '제곱근 게이트: 기울기에 1/(2√입력)을 곱합니다',
  abs: 'abs 게이트: 입력의 부호를 붙여 기울기를 보냅니다(0에서는 0)',
  sin: 'sin 게이트: 기울기에 cos(입력)을 곱합니다',
  cos: 'cos 게이트: 기울기에 −sin(입력)을 곱합니다',
  tan: 'tan 게이트: 기울기에 1 + tan²(입력)을 곱합니다',
  tanh: 'tanh 게이트: 기울기에 1 − tanh²를 곱합니다(최대 1)',
  sigmoid: '시그모이드 게이트: 기울기에 σ(1−σ)를 곱합니다(최대 1/4) — 깊은 시그모이드 사슬에서 기울기가 소실되는 이유',
  relu: 'ReLU 게이트: 입력이 양수였던 곳으로만 기울기를 보내고 나머지는 막습니다',
  softplus: 'softplus 게이트: 부드러운 ReLU, 국소 기울기는 σ(입력)',
  max: 'max 게이트: 더 큰 입력에 기울기 전부를 보냅니다(같으면 첫째 입력)',
  min: 'min 게이트: 더 작은 입력에 기울기 전부를 보냅니다(같으면 첫째 입력)',
  branch: '분기: 모든 사용처에서 돌아온 기울기를 더합니다',
  line: '한 줄 전체: 국소 기울기는 그 줄의 게이트들을 지나는 연쇄 법칙입니다',
  tangent: '전진 모드: 각 피연산자의 국소 기울기 곱하기 그 접선 값을 모두 더합니다',
};

const hints: Engine['hints'] = {
  evaluateLine: '위의 값으로 그 줄을 계산',
  evaluateLineShort: '그 줄을 계산',
  chainThroughLine: '그 줄의 게이트들을 지나는 연쇄 법칙',
  chainThroughLineShort: '그 줄을 지나는 연쇄 법칙',
  upstream: '상류 기울기',
  local: '국소 기울기',
  sumOfTangents: '국소 기울기 곱하기 접선 값의 합',
  seeFormula: '식을 보세요',
};

const steps: Engine['steps'] = {
  forward: '순전파',
  backward: '역전파',
  seed: '시작값',
  tangent: '접선 값',
};

export const engine: Engine = { messages, patterns, hints, steps };
