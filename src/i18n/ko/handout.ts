import type { Catalog } from '../index.ts';

export const handout: Catalog['handout'] = {
  title: '역전파, 한 단계씩',
  forward: '순전파',
  backward: '역전파',
  results: '결과',
  nothing: '여기서는 할 일이 없습니다.',
  name: '이름',
  value: '값',
  gradient: '기울기',
  note: '참고',
};
