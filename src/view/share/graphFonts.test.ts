import { describe, expect, it } from 'vitest';
import { faceWeight, facesFor } from './graphFonts.ts';

describe('the faces an exported SVG embeds', () => {
  it('picks the face CSS font matching would: the weight itself, else nearest in the CSS order', () => {
    expect([500, 600, 700, 800].map(faceWeight)).toEqual([500, 600, 700, 800]);
    expect(faceWeight(400)).toBe(500); // 400: up to 500 first
    expect(faceWeight(300)).toBe(500); // below 400: lighter first, none, then heavier
    expect(faceWeight(900)).toBe(800); // above 500: heavier first, none, then lighter
    expect(faceWeight(650)).toBe(700);
  });

  it('embeds one Latin face per weight drawn, a Greek one only where a Greek letter is drawn, none for blank text', () => {
    expect(facesFor([{ weight: 500, text: '3' }, { weight: 800, text: '∂ 4' }, { weight: 500, text: '12' }, { weight: 700, text: ' ' }])).toEqual([
      { weight: 500, subset: 'latin' }, { weight: 800, subset: 'latin' },
    ]);
    expect(facesFor([{ weight: 800, text: 'Σ∂ 2' }])).toEqual([{ weight: 800, subset: 'greek' }, { weight: 800, subset: 'latin' }]);
  });
});
