import type { Catalog } from '../index.ts';

export const warnings: Catalog['warnings'] = {
  title: '경고',
  undeclared: (count) => count === 1 ? '— 값을 주지 않고 사용했으므로 기본값 1인 입력입니다.' : '— 값을 주지 않고 사용했으므로 각각 기본값 1인 입력입니다.',
  line: (line) => `${line}행`,
  declareOne: (name) => `${name} 선언`,
  declareAll: '모두 선언',
  declareTitle: '각 이름마다 이름 = 1 줄을 추가해 값을 정할 수 있게 합니다',
};
