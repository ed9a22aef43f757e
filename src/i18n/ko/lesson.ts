import type { Catalog } from '../index.ts';

export const lesson: Catalog['lesson'] = {
  practice: '연습',
  mode: '방식',
  reverse: '후진 모드(역전파)',
  forward: '전진 모드',
  wrt: '미분할 입력',
  traceTable: '계산 기록 표',
  loading: '불러오는 중…',
};
