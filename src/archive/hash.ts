/**
 * The hashes of the log: SHA-256 of a payload's canonical JSON, and of an entry's header
 * (which includes the previous entry's hash, making the chain).
 */
import { createHash } from 'node:crypto';

/** The `prevHash` of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
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
