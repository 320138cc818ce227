// The layouts a room offers: names (as transform_layout takes them and as `layout.view` reports
// them), how many video tiles each shows, annotation tags and SVG previews.

interface LayoutInfo {
  /** The older name `layout.view` reports (2x2 → 4:0, ac → 5:7). */
  view: string;
  tiles: number;
  tags: string[];
}

const LAYOUTS: Record<string, LayoutInfo> = {
  '1:0': { view: '1:0', tiles: 1, tags: ['speaker-focus'] },
  '1:7': { view: '1:7', tiles: 8, tags: ['speaker-focus', 'has-native-multiscreen'] },
  '1:21': { view: '1:21', tiles: 22, tags: ['speaker-focus'] },
  '2:21': { view: '2:21', tiles: 23, tags: ['speaker-focus'] },
  '1:33': { view: '1:33', tiles: 34, tags: ['speaker-focus'] },
  '2x2': { view: '4:0', tiles: 4, tags: ['equal', 'has-native-multiscreen'] },
  '3x3': { view: '9:0', tiles: 9, tags: ['equal'] },
  '4x4': { view: '16:0', tiles: 16, tags: ['equal'] },
  '5x5': { view: '25:0', tiles: 25, tags: ['equal'] },
  '1:1': { view: '1:1', tiles: 2, tags: ['speaker-focus'] },
  one_main_nine_around: { view: 'one_main_nine_around', tiles: 10, tags: ['speaker-focus'] },
  one_main_twelve_around: { view: 'one_main_twelve_around', tiles: 13, tags: ['speaker-focus'] },
  two_mains_eight_around: { view: 'two_mains_eight_around', tiles: 10, tags: ['speaker-focus'] },
  ac: { view: '5:7', tiles: 12, tags: ['adaptive'] },
  teams: { view: 'teams', tiles: 10, tags: ['teams'] },
};

/** Names from v33 and earlier that still work. */
const OLD_NAMES: Record<string, string> = { '4:0': '2x2', '9:0': '3x3', '16:0': '4x4', '25:0': '5x5', '5:7': 'ac' };

export const EXTENDED_AC_TILES = 23;

/** The current name of a layout, or undefined if there is no such layout. */
export function canonicalLayout(name: string): string | undefined {
  const current = OLD_NAMES[name] ?? name;
  return current in LAYOUTS ? current : undefined;
}

export function layoutInfo(name: string): LayoutInfo {
  return LAYOUTS[canonicalLayout(name) ?? '1:0'] ?? { view: '1:0', tiles: 1, tags: [] };
}

export function availableLayouts(): string[] {
  return Object.keys(LAYOUTS);
}

export function annotatedLayouts(): { name: string; tags: string[] }[] {
  return Object.entries(LAYOUTS).map(([name, info]) => ({ name, tags: info.tags }));
}

/** A small SVG preview: one large tile for speaker layouts plus a strip, or an even grid. */
export function layoutSvg(name: string): string {
  const info = layoutInfo(name);
  const rects: string[] = [];
  const grid = /^(\d)x\1$/.exec(canonicalLayout(name) ?? '');
  if (grid) {
    const n = Number(grid[1]);
    const w = 132 / n;
    const h = 80 / n;
    for (let r = 0; r < n; r += 1) {
      for (let c = 0; c < n; c += 1) rects.push(tile(4 + c * w, 4 + r * h, w - 2, h - 2));
    }
  } else {
    const small = Math.min(info.tiles - 1, 7);
    rects.push(tile(33, 12, 74, small > 0 ? 45 : 64));
    for (let i = 0; i < small; i += 1) rects.push(tile(4 + i * 19, 66, 18, 14));
  }
  return (
    "<svg width='140' height='88' viewBox='0 0 140 88' fill='none' xmlns='http://www.w3.org/2000/svg'>" +
    "<rect x='0.5' y='0.5' width='139' height='87' rx='3.5' fill='currentColor' stroke='#BBBFC3'></rect>" +
    `${rects.join('')}</svg>`
  );
}

function tile(x: number, y: number, w: number, h: number): string {
  const f = (v: number) => Number(v.toFixed(2));
  return `<rect x='${f(x)}' y='${f(y)}' width='${f(w)}' height='${f(h)}' rx='1' fill='#BBBFC3'></rect>`;
}
