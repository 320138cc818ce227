// The setup screen's answers, merged into the configuration file it writes (other keys kept).
import { readFile } from 'node:fs/promises';
import type { KioskSetupFields } from '../../shared/kioskCommands';
import type { PinProtector } from './protectPins';
import type { SecretCodec } from '../../service';
import { writeConfigFile } from './writeConfigFile';
import { hashAdminPin } from '../adminPinHash';

async function readObject(path: string): Promise<Record<string, unknown>> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

export async function saveSetup(path: string, fields: KioskSetupFields, codec: SecretCodec, pins: PinProtector): Promise<void> {
  const data = await readObject(path);
  data.node = fields.node;
  data.alias = fields.alias;
  data.displayName = fields.displayName;
  data.autoJoin = fields.autoJoin;
  if (fields.pin !== undefined) {
    delete data.pin;
    delete data.pinEncrypted;
    if (fields.pin !== '') {
      if (await pins.canEncrypt()) data.pinEncrypted = await codec.encrypt(fields.pin);
      else data.pin = fields.pin;
    }
  }
  if (fields.newAdminPin) {
    // Only the salted hash is written; a clear PIN left from before goes.
    delete data.adminPin;
    data.adminPinHash = hashAdminPin(fields.newAdminPin);
  }
  await writeConfigFile(path, data);
}
