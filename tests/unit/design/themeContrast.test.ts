// Every text colour pair of the design system meets WCAG AA (4.5:1 text, 3:1 focus ring and field
// edges) in both themes, measured from the variables in style.css itself.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../../renderer/src/style.css'), 'utf8');

/** The palette's block: `--name: light-dark(#light, #dark);` or one `--name: #colour;` for both themes. */
function palette(): { light: Record<string, string>; dark: Record<string, string> } {
  const start = css.indexOf(':root {\n  --ink:');
  if (start < 0) throw new Error('no palette block (:root starting with --ink) in style.css');
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const light: Record<string, string> = {};
  const dark: Record<string, string> = {};
  for (const match of body.matchAll(/--([\w-]+):\s*(?:light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)|(#[0-9a-f]{6}));/gi)) {
    const name = match[1] as string;
    light[name] = (match[2] ?? match[4]) as string;
    dark[name] = (match[3] ?? match[4]) as string;
  }
  return { light, dark };
}

const themes = palette();

function luminance(hex: string): number {
  const channel = (offset: number): number => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** [text, background] pairs the components use. */
const textPairs: [string, string][] = [
  ['ink', 'panel'], ['ink', 'page'], ['ink', 'sunken'], ['ink', 'input-bg'], ['ink', 'direct-bg'], ['ink', 'speaking-bg'],
  ['muted-ink', 'panel'], ['muted-ink', 'page'], ['muted-ink', 'sunken'], ['muted-ink', 'speaking-bg'],
  ['accent-ink', 'accent'], ['accent', 'panel'], ['danger-ink', 'danger'], ['danger', 'panel'], ['danger', 'page'],
  ['info', 'panel'], ['success', 'panel'], ['hand', 'panel'], ['success', 'speaking-bg'], ['hand', 'speaking-bg'], ['info', 'speaking-bg'], ['direct', 'panel'], ['direct', 'direct-bg'],
  ['error-ink', 'error-bg'], ['notice-ink', 'notice-bg'],
  ['stage-ink', 'stage'], ['stage-muted', 'stage'], ['stage-ink', 'control-bg'], ['stage-muted', 'control-bg'],
  ['control-on-ink', 'control-on-bg'], ['warning-ink', 'warning-bg'], ['stage-ink', 'chip-bg'],
  ['classification-ink', 'classification-bg'], ['banner-ink', 'recording-bg'], ['banner-ink', 'streaming-bg'],
  ['banner-ink', 'message-bg'], ['presenting-ink', 'presenting-bg'],
];
const edgePairs: [string, string][] = [
  ['focus-ring', 'panel'], ['focus-ring', 'page'], ['field-line', 'panel'], ['field-line', 'input-bg'],
];

describe.each(Object.entries(themes))('the %s theme', (_name, colours) => {
  it.each(textPairs)('%s on %s has at least 4.5:1', (text, background) => {
    expect(colours[text], text).toBeDefined();
    expect(colours[background], background).toBeDefined();
    expect(contrast(colours[text] as string, colours[background] as string)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(edgePairs)('%s against %s has at least 3:1', (edge, background) => {
    expect(contrast(colours[edge] as string, colours[background] as string)).toBeGreaterThanOrEqual(3);
  });
});
