import type { Catalog } from '../index.ts';

export const presenter: Catalog['presenter'] = {
  enter: '발표 모드',
  enterTitle: '발표 모드 (P)',
  exit: '발표 모드 끝내기',
  exitTitle: '발표 모드 끝내기 (Esc)',
  laser: '레이저 포인터',
  laserTitle: '레이저 포인터 (L)',
  blanked: '화면을 가렸습니다. B나 단계 키를 누르면 다시 보입니다.',
  bar: '발표 도구',
  shortcuts: {
    caption: '발표 모드',
    toggle: '발표 모드 켜기 또는 끄기',
    exit: '발표 모드(와 전체 화면) 끝내기',
    next: '다음 단계 (발표 모드에서; 프레젠터 리모컨은 PageDown을 보냅니다)',
    previous: '이전 단계 (발표 모드에서; 프레젠터 리모컨은 PageUp을 보냅니다)',
    blank: '화면 가리기; 한 번 더 누르거나 단계 키를 누르면 다시 보입니다',
    laser: '레이저 포인터 켜기 또는 끄기',
  },
};
