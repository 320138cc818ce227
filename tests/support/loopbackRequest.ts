// A raw HTTP/1.1 request to a loopback server, for targets and headers fetch() would not send.
import { connect } from 'node:net';

/** The status code of the server's answer (0: the connection closed without one). */
export function rawRequest(port: number, head: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.write(`${head}\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
    socket.on('error', reject);
  });
}
