import type { Catalog } from '../index.ts';

export const reference: Catalog['reference'] = {
  title: '문법 안내',
  close: '닫기',
  loading: '문법 안내를 불러오는 중입니다…',
};
