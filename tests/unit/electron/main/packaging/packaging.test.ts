// What the installer ships, built for real by electron-builder with a stand-in Electron folder
// (`electronDist`; the Electron download is not possible here): the app.asar electron-builder
// writes, the Linux layout, the fuses it flips, the .deb's metadata, and electron-builder.yml
// checked against electron-builder's own schema. Slow (an electron-vite build and an
// electron-builder run: about 20 s here), so one build serves every test.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawKeyCode, rawModifierKeyCodes } from '../../../../../electron/desktop/rawKeyCodes';
import { writeStandInElectronDist } from '../../../../support/electronFake';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../../../..');
const require = createRequire(join(root, 'package.json'));

interface AsarModule {
  listPackage(archive: string, options: { isPack: boolean }): string[];
  extractAll(archive: string, dest: string): void;
}
interface BuilderModule {
  build(options: Record<string, unknown>): Promise<string[]>;
  Platform: { LINUX: { createTarget(targets: string[], ...archs: number[]): unknown } };
  Arch: { x64: number };
}
interface ConfigModule {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: unknown): Promise<Record<string, unknown>>;
  validateConfiguration(config: Record<string, unknown>, debugLogger: unknown): Promise<void>;
}
interface FuseModule {
  getCurrentFuseWire(path: string): Promise<Record<number, number>>;
  FuseV1Options: Record<string, number>;
}

const asar = require('@electron/asar') as AsarModule;
const builder = require('electron-builder') as BuilderModule;
const builderConfig = require('app-builder-lib/out/util/config/config') as ConfigModule;
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const fuses = require('@electron/fuses') as FuseModule;
const fuseState = (require('@electron/fuses/dist/constants') as { FuseState: { ENABLE: number; DISABLE: number } }).FuseState;
const electronVersion = (require('electron/package.json') as { version: string }).version;

let work = '';
let project = '';
let output = '';
let buildError: Error | null = null;

const shippedPackages = ['uiohook-napi', 'node-gyp-build'];
// What uiohook-napi's load reads at run time (its JS, then node-gyp-build, which finds the prebuild).
const nativeLoaderFiles = [
  'node_modules/uiohook-napi/package.json',
  'node_modules/uiohook-napi/dist/index.js',
  'node_modules/node-gyp-build/package.json',
  'node_modules/node-gyp-build/index.js',
  'node_modules/node-gyp-build/node-gyp-build.js',
];
const shippedPrebuilds = ['win32-x64', 'darwin-x64', 'darwin-arm64', 'linux-x64'].map((platform) => `node_modules/uiohook-napi/prebuilds/${platform}/uiohook-napi.node`);

/** The project as electron-builder sees it: our package.json, yml and resources, and a fresh build in out/. */
async function stageProject(): Promise<void> {
  project = join(work, 'project');
  await mkdir(project, { recursive: true });
  for (const file of ['package.json', 'electron-builder.yml']) await cp(join(root, file), join(project, file));
  await cp(join(root, 'resources'), join(project, 'resources'), { recursive: true });
  // electron-builder reads the production tree from `npm ls`. Through a symlinked node_modules npm
  // sees every package as a link and loses uiohook-napi's own dependency (node-gyp-build), so the
  // packages that ship are real copies and the rest links (a plain checkout needs none of this).
  const modules = join(project, 'node_modules');
  await mkdir(modules);
  for (const entry of await readdir(join(root, 'node_modules'))) {
    if (shippedPackages.includes(entry)) await cp(join(root, 'node_modules', entry), join(modules, entry), { recursive: true, dereference: true });
    else await symlink(join(root, 'node_modules', entry), join(modules, entry));
  }
  await run(join(root, 'node_modules/.bin/electron-vite'), ['build', '--outDir', join(project, 'out')], { cwd: root });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'parley-packaging-'));
  output = join(work, 'dist');
  await stageProject();
  const electronDist = await writeStandInElectronDist(join(work, 'electron-dist'), electronVersion);
  try {
    await builder.build({
      projectDir: project,
      targets: builder.Platform.LINUX.createTarget(['deb'], builder.Arch.x64),
      // npmRebuild off: node_modules is the project's own (symlinked) and must not be touched.
      config: { electronDist, electronVersion, npmRebuild: false, directories: { output, buildResources: 'resources' } },
      publish: 'never',
    });
  } catch (error) {
    // The .deb step needs fpm, which electron-builder downloads; the layout is built before it.
    buildError = error instanceof Error ? error : new Error(String(error));
  }
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const appAsar = (): string => join(output, 'linux-unpacked', 'resources', 'app.asar');

describe('packaged app', () => {
  it('electron-builder.yml validates against electron-builder\'s schema, and a wrong key would not', async () => {
    const config = await builderConfig.getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(builderConfig.validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(builderConfig.validateConfiguration({ ...config, mac: { entitlement: 'x' } }, new DebugLogger(false))).rejects.toThrow(/configuration\.mac/);
  });

  it('app.asar holds main, the CommonJS preload, the renderer and package.json, and of node_modules only uiohook-napi\'s loader', () => {
    const files = asar.listPackage(appAsar(), { isPack: false }).map((file) => file.replace(/\\/g, '/'));
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']));
    // listPackage names folders too; the files are what is left after dropping every entry that is a parent of another.
    const shippedModules = files.filter((file) => file.startsWith('/node_modules/'));
    const moduleFiles = shippedModules.filter((file) => !shippedModules.some((other) => other.startsWith(`${file}/`)));
    expect(moduleFiles.sort()).toEqual([...nativeLoaderFiles, ...shippedPrebuilds].map((file) => `/${file}`).sort());
  });

  it('the prebuilt uiohook-napi binaries for Windows x64, macOS x64 and arm64 and Linux x64 are in app.asar.unpacked, and nothing else is', async () => {
    const unpacked = join(output, 'linux-unpacked', 'resources', 'app.asar.unpacked');
    const found = (await readdir(unpacked, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(unpacked, join(entry.parentPath, entry.name)).replace(/\\/g, '/'));
    expect(found.sort()).toEqual([...shippedPrebuilds].sort());
    for (const file of shippedPrebuilds) expect((await readFile(join(unpacked, file))).equals(await readFile(join(root, file)))).toBe(true);
  });

  it('the built main imports uiohook-napi at run time instead of carrying a copy of it', async () => {
    const main = await readFile(join(project, 'out/main/index.js'), 'utf8');
    expect(main).toMatch(/import\(\s*["']uiohook-napi["']\s*\)/);
    // Strings only uiohook-napi's own code and its loader contain.
    expect(main).not.toContain('EVENT_KEY_PRESSED');
    expect(main).not.toContain('node-gyp-build');
  });

  it('uiohook-napi loads in Node from the packed layout, its native module from the shipped linux-x64 prebuild, with the key codes push-to-talk expects', async () => {
    const extracted = join(work, 'extracted-native');
    asar.extractAll(appAsar(), extracted);
    // Resolved as main resolves it: a bare import from out/main, so from the app's own node_modules.
    const probe = join(extracted, 'out/main/probe.mjs');
    await writeFile(
      probe,
      [
        "import { createRequire } from 'node:module';",
        "const { UiohookKey, uIOhook } = await import('uiohook-napi');",
        'const loaded = Object.keys(createRequire(import.meta.url).cache);',
        'console.log(JSON.stringify({ start: typeof uIOhook.start, keys: { space: UiohookKey.Space, m: UiohookKey.M, f12: UiohookKey.F12, ctrl: [UiohookKey.Ctrl, UiohookKey.CtrlRight], alt: [UiohookKey.Alt, UiohookKey.AltRight], shift: [UiohookKey.Shift, UiohookKey.ShiftRight], meta: [UiohookKey.Meta, UiohookKey.MetaRight] }, loaded }));',
      ].join('\n'),
    );
    // Only the load is tried: starting the hook needs a display (without one libuiohook aborts the
    // process), and without one the library also exits with status 1 when Node ends, after printing.
    const result = await run(process.execPath, [probe], { cwd: extracted, env: { ...process.env, NODE_PATH: '' } }).catch((error: unknown) => error as { stdout: string; stderr: string });
    const line = result.stdout.split('\n').find((text) => text.startsWith('{'));
    expect(line, result.stderr).toBeDefined();
    const report = JSON.parse(line ?? '{}') as { start: string; keys: Record<string, unknown>; loaded: string[] };
    expect(report.start).toBe('function');
    expect(report.keys).toEqual({ space: rawKeyCode('Space'), m: rawKeyCode('M'), f12: rawKeyCode('F12'), ...rawModifierKeyCodes });
    expect(report.loaded).toContain(join(extracted, 'node_modules/uiohook-napi/prebuilds/linux-x64/uiohook-napi.node'));
  });

  it('the packaged main loads with nothing beside it but Electron (every dependency but uiohook-napi, imported only when push-to-talk is wanted, is bundled)', async () => {
    const extracted = join(work, 'extracted');
    asar.extractAll(appAsar(), extracted);
    // A stand-in `electron` whose every export accepts any call: loading main must need nothing else.
    const main = await readFile(join(extracted, 'out/main/index.js'), 'utf8');
    const names = [...main.matchAll(/import\s*\{([^}]*)\}\s*from\s*"electron"/g)].flatMap((match) => (match[1] ?? '').split(',').map((name) => name.trim()));
    const stub = join(extracted, 'node_modules/electron');
    await mkdir(stub, { recursive: true });
    await writeFile(join(stub, 'package.json'), JSON.stringify({ name: 'electron', type: 'module', exports: './index.js' }));
    await writeFile(
      join(stub, 'index.js'),
      [
        'const anything = new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => "" : anything), apply: () => anything, construct: () => anything });',
        ...names.filter(Boolean).map((name) => `export const ${name} = anything;`),
        'export default anything;',
      ].join('\n'),
    );
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(join(extracted, 'out/main/index.js'))}); console.log('main loaded');`], {
      cwd: extracted,
      env: { ...process.env, NODE_PATH: '' },
    });
    expect(stdout).toContain('main loaded');
  });

  it('the Linux layout has the product executable with Electron\'s fuses set', async () => {
    const executable = join(output, 'linux-unpacked', 'parley');
    expect(existsSync(executable)).toBe(true);
    const wire = await fuses.getCurrentFuseWire(executable);
    const { FuseV1Options: option } = fuses;
    const state = fuseState;
    expect(wire[option.RunAsNode as number]).toBe(state.DISABLE);
    expect(wire[option.EnableNodeOptionsEnvironmentVariable as number]).toBe(state.DISABLE);
    expect(wire[option.EnableNodeCliInspectArguments as number]).toBe(state.DISABLE);
    expect(wire[option.EnableEmbeddedAsarIntegrityValidation as number]).toBe(state.ENABLE);
    expect(wire[option.OnlyLoadAppFromAsar as number]).toBe(state.ENABLE);
    expect(wire[option.EnableCookieEncryption as number]).toBe(state.ENABLE);
  });

  it('the .deb has its metadata (author with email, homepage): it builds, or stops only at downloading fpm', () => {
    const deb = join(output, `parley_${(require('./package.json') as { version: string }).version}_amd64.deb`);
    if (buildError === null) {
      expect(existsSync(deb)).toBe(true);
      return;
    }
    expect(buildError.message).not.toMatch(/Please specify/);
    // No network here: electron-builder fetches fpm from GitHub (electron-builder-binaries).
    expect(buildError.message).toMatch(/github\.com|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|fpm/i);
  });

  it('signed macOS builds may use camera and microphone: the entitlements electron-builder.yml names grant them', async () => {
    const config = await builderConfig.getConfig(root, join(root, 'electron-builder.yml'), null);
    const mac = config.mac as { entitlements?: string; entitlementsInherit?: string; hardenedRuntime?: boolean };
    for (const path of [mac.entitlements, mac.entitlementsInherit]) {
      expect(path).toBeDefined();
      const plist = (await readFile(join(root, path ?? ''), 'utf8')).replace(/<!--[\s\S]*?-->/g, '');
      for (const key of ['com.apple.security.device.camera', 'com.apple.security.device.audio-input', 'com.apple.security.cs.allow-jit']) {
        expect(plist).toMatch(new RegExp(`<key>${key.replace(/\./g, '\\.')}</key>\\s*<true/>`));
      }
    }
  });
});
