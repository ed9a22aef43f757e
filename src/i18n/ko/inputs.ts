import type { Catalog } from '../index.ts';

export const inputs: Catalog['inputs'] = {
  title: '입력',
  none: '입력이 없습니다. 출력은 상수에만 달려 있습니다.',
  stale: '값을 바꾸려면 프로그램의 오류를 먼저 고치세요.',
  gradient: '기울기',
  value: (name: string) => `${name} 값`,
  slider: (name: string) => `${name} 슬라이더`,
  declare: '선언',
  declareHint: (name: string) => `${name}은(는) 쓰였지만 값이 주어지지 않았습니다. 프로그램에 ${name} = 1을 추가합니다`,
};
