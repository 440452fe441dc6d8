/**
 * The hashes of the log: SHA-256 of a payload's canonical JSON, and of an entry's header
 * (which includes the previous entry's hash, making the chain).
 */
import { hash } from 'node:crypto';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** One-shot `crypto.hash` (Node ≥ 20.12): no Hash object per call, which a million-entry import or verify would pay twice per entry. */
export function sha256Hex(text: string): string {
  return hash('sha256', text, 'hex');
}

/** SHA-256 (hex) of bytes: verify hashes a payload's stored UTF-8 bytes without decoding them into a string first. */
export function sha256HexOfBytes(bytes: Uint8Array): string {
  return hash('sha256', bytes, 'hex');
}

/** The fields an entry's own hash covers, in the order they are hashed. */
export interface EntryHeader {
  seq: number;
  time: string;
  actor: string;
  kind: string;
  payloadHash: string;
  prevHash: string;
}

/**
 * An entry's hash: SHA-256 over its header fields joined by newlines. Actor names cannot hold
 * a newline (append refuses them), so the joined text is unambiguous.
 */
export function entryHash(header: EntryHeader): string {
  return sha256Hex(
    `${header.seq}\n${header.time}\n${header.actor}\n${header.kind}\n${header.payloadHash}\n${header.prevHash}`,
  );
}
