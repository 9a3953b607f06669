import { safeStorage } from 'electron';
import type { SecretSealer } from '../../core/sync';

/**
 * The system's key store (DPAPI on Windows, the Keychain on macOS). Where it cannot seal (a Linux session
 * without a keyring), there is no sealer and the password is kept for the run only, never in clear on disk.
 */
export function systemSealer(): SecretSealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  return {
    seal: (secret) => safeStorage.encryptString(secret).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
