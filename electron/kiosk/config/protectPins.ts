// PINs written in clear text are re-saved protected: the meeting PIN encrypted (and the clear value
// removed) where the platform can encrypt, where it cannot, the log says so once; the admin PIN as
// a salted scrypt hash (`adminPinHash`), which needs no secret store.
import { readFile } from 'node:fs/promises';
import type { Logger, SecretCodec } from '../../service';
import { hashAdminPin } from '../adminPinHash';
import { writeConfigFile } from './writeConfigFile';

export interface PinProtector {
  /** Re-saves a clear `pin` in each file encrypted and a clear `adminPin` hashed; never throws. */
  protect(files: readonly string[]): Promise<void>;
  /** Whether a new PIN can be stored encrypted; logs once when it cannot. */
  canEncrypt(): Promise<boolean>;
}

type ConfigData = Record<string, unknown>;

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

  /** The file's data with its clear PINs protected, or null when nothing needs re-saving. */
  async function protectedData(data: ConfigData): Promise<{ data: ConfigData; changed: string[] } | null> {
    const next: ConfigData = { ...data };
    const changed: string[] = [];
    if (typeof next.adminPin === 'string') {
      next.adminPinHash = hashAdminPin(next.adminPin);
      delete next.adminPin;
      changed.push('admin PIN hashed');
    }
    if (typeof next.pin === 'string' && (await canEncrypt())) {
      next.pinEncrypted = await codec.encrypt(next.pin);
      delete next.pin;
      changed.push('meeting PIN encrypted');
    }
    return changed.length > 0 ? { data: next, changed } : null;
  }

  return {
    canEncrypt,
    async protect(files) {
      for (const file of files) {
        try {
          const data: unknown = JSON.parse(await readFile(file, 'utf8'));
          if (typeof data !== 'object' || data === null || Array.isArray(data)) continue;
          const result = await protectedData(data as ConfigData);
          if (!result) continue;
          await writeConfigFile(file, result.data);
          logger.info('kiosk PINs re-saved protected', { file, changed: result.changed });
        } catch (error) {
          logger.warn('kiosk PINs could not be re-saved protected', { file, error: error instanceof Error ? error.name : 'unknown' });
        }
      }
    },
  };
}
