// An in-memory stand-in for the parts of Electron that electron/main uses, so the main process's
// wiring runs in Node (vi.mock('electron', ...)). It records calls and plays the documented events
// in the documented order; each rule it models quotes the Electron API page it follows
// (https://www.electronjs.org/docs/latest/api/<page>; the same text is in
// node_modules/electron/electron.d.ts). It models no rendering, media or networking.
export { fakeElectron, FakeElectron, FakeNotification, FakeSession, fakeDisplay } from './fakeElectron';
export { FakeBrowserWindow, FakeApp } from './fakeAppWindows';
export { FakeEvent, FakeNavigationEvent, FakeWebContents, type FakeFrame } from './fakeWebContents';
export { electronModule } from './electronModule';
export { writeStandInElectronDist, fuseSentinel } from './standInElectronDist';
