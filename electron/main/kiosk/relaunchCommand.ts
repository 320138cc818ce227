// How the daily restart starts Parley again. app.relaunch() re-runs process.execPath, which for an
// AppImage is a binary inside its temporary mount: gone once this process exits. An AppImage is
// started again from its own file ($APPIMAGE). No electron import, so it is unit-tested as is.
export type RelaunchCommand = { kind: 'electron' } | { kind: 'spawn'; command: string; args: string[] };

export function relaunchCommand(env: NodeJS.ProcessEnv, userArgs: readonly string[]): RelaunchCommand {
  if (env.APPIMAGE) return { kind: 'spawn', command: env.APPIMAGE, args: [...userArgs] };
  return { kind: 'electron' };
}
