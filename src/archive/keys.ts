/**
 * The archive's Ed25519 key pair, made once when the archive is created. The private key signs
 * checkpoints; the public key lets anyone check them. Both sit in the `meta` table: a mirror
 * replicates the log (export), never this file, so the private key stays with its keeper.
 */
import { generateKeyPairSync, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import type Database from 'better-sqlite3';

export interface ArchiveKeys {
  /** SPKI PEM of the public key. */
  publicKey: string;
  /** PKCS#8 PEM of the private key. */
  privateKey: string;
}

export function generateKeys(): ArchiveKeys {
  const pair = generateKeyPairSync('ed25519');
  return {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKey: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export function readKeys(db: Database.Database): ArchiveKeys {
  const row = (key: string) =>
    (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  const publicKey = row('public_key');
  const privateKey = row('private_key');
  if (!publicKey || !privateKey) throw new Error('archive has no key pair (meta.public_key / meta.private_key)');
  return { publicKey, privateKey };
}

export function signText(privateKeyPem: string, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), createPrivateKey(privateKeyPem)).toString('base64');
}

export function verifySignature(publicKeyPem: string, text: string, signatureBase64: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}
