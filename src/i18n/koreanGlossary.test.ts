/**
 * The Korean catalogs follow the glossary and style guide (shared/KOREAN.md): its terms are the
 * ones used, its "not" forms and the strings it lists as reading badly appear nowhere, and a
 * position is written one way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogs } from './index.ts';
import { panelCatalogs } from './panels.ts';

const KO_DIR = new URL('./ko/', import.meta.url);
/** Every Korean catalog file's text (literals and templates alike). */
const korean = readdirSync(KO_DIR).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(new URL(f, KO_DIR), 'utf8')).join('\n');

/** The glossary's terms as the catalogs must write them. */
const TERMS = [
  '순전파', '역전파', '기울기', '경사 하강법', '연쇄 법칙', '국소 기울기', '상류 기울기', '계산 그래프', '노드', '간선',
  '게이트', '덧셈 게이트', '곱셈 게이트', '입력', '매개변수', '손실', '학습률', '단계', '전진 모드', '후진 모드',
  '중심 차분', '기울기 검사', '기울기 소실', '분기',
];

/** Forms the glossary says not to use, and the wordings its table replaces. */
const BANNED = [
  '전진 패스', '순방향', '역방향', '후진 패스', '그라디언트', '체인 룰', '지역 기울기', '위쪽 기울기', '연산 그래프', '엣지',
  'add 게이트', 'mul 게이트', '파라미터', '로스', '러닝 레이트', '스텝', '팬아웃', '자코비안', '레이어', '매트릭스',
  '맞바꿉니다', '나눠 줍니다', '자기 자신에 대한 기울기', '기울기가 확정되었습니다', '문제 중', '수만 쓰세요',
  '∂out/∂node', 'LANGUAGE.md', '학습할 입력', '밟을 준비', '번째 줄', '번째 칸',
];

describe('the Korean catalogs and shared/KOREAN.md', () => {
  it.each(TERMS)('use the glossary’s term %s', (term) => {
    expect(korean).toContain(term);
  });

  it.each(BANNED)('never write %s', (form) => {
    expect(korean).not.toContain(form);
  });

  it('say 경사 only in 경사 하강법', () => {
    expect(korean.replaceAll('경사 하강법', '')).not.toContain('경사');
  });

  it('name the table view’s gates by the glossary: 덧셈 게이트, 곱셈 게이트', () => {
    expect(catalogs.ko.nodeTable.gate('add')).toBe('덧셈 게이트');
    expect(catalogs.ko.nodeTable.gate('mul')).toBe('곱셈 게이트');
  });

  it('count practice questions as 문제 2/4 and ask in 해 보세요', () => {
    expect(panelCatalogs.ko.practice.of(2, 4)).toBe('문제 2/4');
    expect(panelCatalogs.ko.practice.compute).toMatch(/해 보세요/);
  });
});
