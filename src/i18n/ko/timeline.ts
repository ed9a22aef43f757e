import type { Catalog } from '../index.ts';

export const timeline: Catalog['timeline'] = {
  name: '단계',
  first: '첫 단계',
  firstTitle: '첫 단계 (Home)',
  previous: '이전 단계',
  previousTitle: '이전 단계 (←)',
  play: '재생',
  pause: '일시 정지',
  playTitle: '재생/일시 정지 (Space)',
  next: '다음 단계',
  nextTitle: '다음 단계 (→)',
  last: '마지막 단계',
  lastTitle: '마지막 단계 (End)',
  scrubber: '단계',
  forwardAt: (step: number, count: number) => `${count}단계 중 ${step}단계, 순전파`,
  backwardAt: (step: number, count: number) => `${count}단계 중 ${step}단계, 역전파`,
  noSteps: '단계 없음',
  forward: '순전파',
  backward: '역전파',
  speed: '속도',
};
