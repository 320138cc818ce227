// npm run icons: renders resources/icon.svg (the vector source) to the PNG sizes the window, tray,
// installers and notifications use, and packs icon.ico (Windows) and icon.icns (macOS) from them.
// Chromium draws the SVG (the same Chromium the tests use), so nothing else needs installing.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromiumExecutablePath } from '../../e2e/chromiumLaunch';
import { icnsFile, icoFile, type SizedPng } from './iconContainers';

export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

const resources = join(import.meta.dirname, '../../../resources');
const svg = await readFile(join(resources, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ ...(chromiumExecutablePath ? { executablePath: chromiumExecutablePath } : {}), args: ['--no-sandbox'] });
const images: SizedPng[] = [];
try {
  const page = await browser.newPage();
  for (const size of pngSizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    images.push({ size, png });
  }
} finally {
  await browser.close();
}
await mkdir(join(resources, 'icons'), { recursive: true });
for (const { size, png } of images) await writeFile(join(resources, 'icons', `${size}x${size}.png`), png);
// electron-builder's names: icon.png (Linux, 512), icon.ico, icon.icns.
await writeFile(join(resources, 'icon.png'), images.find((image) => image.size === 512)?.png ?? Buffer.alloc(0));
await writeFile(join(resources, 'icon.ico'), icoFile(images.filter((image) => [16, 24, 32, 48, 64, 128, 256].includes(image.size))));
await writeFile(join(resources, 'icon.icns'), icnsFile(images.filter((image) => [32, 64, 128, 256, 512, 1024].includes(image.size))));
console.log(`Wrote ${images.length} PNG sizes, icon.png, icon.ico and icon.icns to ${resources}`);
