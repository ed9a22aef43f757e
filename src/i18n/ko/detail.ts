import type { Catalog } from '../index.ts';

export const detail: Catalog['detail'] = {
  name: '상세 수준',
  statements: { label: '문장', hint: '이름 붙은 줄 하나가 노드 하나' },
  gates: { label: '게이트', hint: '연산 하나가 게이트 하나' },
  primitives: { label: '기본 연산', hint: 'sigmoid, tanh, softplus를 기본 게이트로 풀어서 그림' },
  layers: { label: '계층', hint: '쓴 그대로의 문장 하나가 노드 하나, 벡터와 행렬은 통째로' },
  layersAsStatements: '이 프로그램에는 벡터나 행렬이 없습니다. 계층 보기는 문장 보기와 같습니다.',
};
