import type { Catalog } from '../index.ts';

export const shortcuts: Catalog['shortcuts'] = {
  title: '키보드 단축키',
  close: '닫기',
  intro: '프로그램이나 숫자 칸에 입력하는 중이 아니면 어디에 초점이 있든 키가 작동합니다.',
  stepping: '단계 이동',
  graph: '그래프 (초점이 있을 때)',
  formula: '단계 설명',
  help: '도움말',
  keys: {
    next: '다음 단계',
    previous: '이전 단계',
    play: '재생 또는 일시 정지',
    first: '첫 단계',
    last: '마지막 단계',
    pageDown: '역전파의 시작으로, 그다음 끝으로 이동',
    pageUp: '역전파의 시작으로, 그다음 처음으로 되돌아가기',
    zoomIn: '확대',
    zoomOut: '축소',
    reset: '기본 보기로: 그래프 전체, 또는 현재 단계 주변을 읽기 좋은 크기로',
    pan: '화면 이동',
    scrollFormula: '긴 수식 스크롤 (초점이 있을 때)',
    show: '이 단축키 보기',
    close: '이 창 닫기',
  },
};
