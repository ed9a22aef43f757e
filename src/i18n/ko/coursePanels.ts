import type { Catalog } from '../index.ts';

export const coursePanels: Catalog['coursePanels'] = {
  group: '역전파 한 번, 그다음',
  check: '기울기 검사',
  training: '학습',
  vanishing: '기울기 소실',
  loading: '불러오는 중…',
};
