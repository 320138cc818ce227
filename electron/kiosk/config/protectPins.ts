// A PIN written in clear text is re-saved encrypted (and the clear value removed) where the
// platform can encrypt; where it cannot, the log says so once.
import { readFile } from 'node:fs/promises';
import type { Logger, SecretCodec } from '../../service';
import { writeConfigFile } from './writeConfigFile';

export interface PinProtector {
  /** Re-saves a clear `pin` in each file encrypted; never throws. */
  protect(files: readonly string[]): Promise<void>;
  /** Whether a new PIN can be stored encrypted; logs once when it cannot. */
  canEncrypt(): Promise<boolean>;
}

export function createPinProtector(codec: SecretCodec, logger: Logger): PinProtector {
  let warned = false;
  const canEncrypt = async (): Promise<boolean> => {
    if (await codec.available()) return true;
    if (!warned) {
      warned = true;
      logger.warn('kiosk meeting PIN kept in clear text: this system offers no encryption (no secret store)');
    }
    return false;
  };
  return {
    canEncrypt,
    async protect(files) {
      for (const file of files) {
        try {
          const data: unknown = JSON.parse(await readFile(file, 'utf8'));
          if (typeof data !== 'object' || data === null || !('pin' in data) || typeof data.pin !== 'string') continue;
          if (!(await canEncrypt())) return;
          const { pin, ...rest } = data as Record<string, unknown> & { pin: string };
          await writeConfigFile(file, { ...rest, pinEncrypted: await codec.encrypt(pin) });
          logger.info('kiosk meeting PIN re-saved encrypted', { file });
        } catch (error) {
          logger.warn('kiosk meeting PIN could not be re-saved encrypted', { file, error: error instanceof Error ? error.name : 'unknown' });
        }
      }
    },
  };
}
