// Writes a WAV file for Chromium's --use-file-for-fake-audio-capture: mono 16-bit PCM at 48 kHz.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeWav(name: string, samples: Float32Array, sampleRate = 48_000): string {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((sample, index) => data.writeInt16LE(Math.round(Math.max(-1, Math.min(1, sample)) * 32767), index * 2));
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(sampleRate, 24);
  header.writeUInt32LE(sampleRate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  const file = join(mkdtempSync(join(tmpdir(), 'parley-fake-audio-')), name);
  writeFileSync(file, Buffer.concat([header, data]));
  return file;
}

/** Seconds of white noise (no speech at all), from a fixed seed so every run hears the same. */
export function whiteNoise(seconds: number, amplitude: number, sampleRate = 48_000): Float32Array {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Float32Array.from({ length: seconds * sampleRate }, () => (next() * 2 - 1) * amplitude);
}
