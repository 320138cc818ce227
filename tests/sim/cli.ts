// Runs the simulator from the command line:
//   npx tsx tests/sim/cli.ts --port 18080 --rooms rooms.json --token-expiry 120 [--tls-cert c.pem --tls-key k.pem] [--quirks]
// Prints one line with the URL, and stops cleanly on SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { loadRoomsFile, parseCliArguments } from './cli/cliArguments';
import { DEFAULT_PORT, startSimulator } from './index';

async function main(): Promise<void> {
  const args = parseCliArguments(process.argv.slice(2));
  const simulator = await startSimulator({
    port: args.port ?? DEFAULT_PORT,
    ...(args.roomsFile !== undefined ? { rooms: loadRoomsFile(args.roomsFile) } : {}),
    ...(args.tokenExpirySeconds !== undefined ? { tokenExpirySeconds: args.tokenExpirySeconds } : {}),
    ...(args.quirks ? { quirks: true } : {}),
    ...(args.tlsCertFile !== undefined && args.tlsKeyFile !== undefined
      ? { tls: { cert: readFileSync(args.tlsCertFile), key: readFileSync(args.tlsKeyFile) } }
      : {}),
    log: process.env['PARLEY_SIM_LOG'] ? (line) => process.stderr.write(`${line}\n`) : undefined,
  });
  process.stdout.write(`Parley simulator listening on ${simulator.url}\n`);

  const stop = () => {
    simulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Simulator did not close cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
