/**
 * Signed checkpoints: a statement of (archive, seq, head hash, time) signed with the archive's
 * Ed25519 key. A third party keeps it; later, `verifyCheckpoint` proves this archive (or a
 * mirror of its log) still holds that exact history up to that seq.
 */
import { canonicalJson } from './canonical-json.ts';
import { readKeys, signText, verifySignature } from './keys.ts';
import type { Archive } from './open.ts';
import type { InitPayload } from './open.ts';

/** Version of the checkpoint format; others are refused. */
export const CHECKPOINT_VERSION = 1;

export interface CheckpointStatement {
  format: 'unerased-checkpoint';
  version: number;
  /** The hash of the archive's first entry (`archive.init`): which archive this is about. */
  archive: string;
  seq: number;
  headHash: string;
  time: string;
  /** SPKI PEM of the key that signed. */
  publicKey: string;
}

export interface Checkpoint extends CheckpointStatement {
  /** Base64 Ed25519 signature over the canonical JSON of the statement (all other fields). */
  signature: string;
}

function initEntry(archive: Archive): { hash: string; publicKey: string } {
  const row = archive.db.prepare('SELECT hash, payload FROM log WHERE seq = 1').get() as
    | { hash: string; payload: string }
    | undefined;
  if (!row) throw new Error('archive has no archive.init entry');
  return { hash: row.hash, publicKey: (JSON.parse(row.payload) as InitPayload).publicKey };
}

export function checkpoint(archive: Archive): Checkpoint {
  const keys = readKeys(archive.db);
  const head = archive.head();
  const statement: CheckpointStatement = {
    format: 'unerased-checkpoint',
    version: CHECKPOINT_VERSION,
    archive: initEntry(archive).hash,
    seq: head.seq,
    headHash: head.hash,
    time: new Date().toISOString(),
    publicKey: keys.publicKey,
  };
  return { ...statement, signature: signText(keys.privateKey, canonicalJson(statement)) };
}

/** Checks a checkpoint against this archive; returns the problem, or undefined when it holds. */
export function verifyCheckpoint(archive: Archive, cp: Checkpoint): string | undefined {
  if (cp.format !== 'unerased-checkpoint') return 'not an unerased checkpoint';
  if (cp.version !== CHECKPOINT_VERSION) return `checkpoint version ${cp.version} is not supported (expected ${CHECKPOINT_VERSION})`;
  const { signature, ...statement } = cp;
  const init = initEntry(archive);
  if (statement.archive !== init.hash) return 'checkpoint is about another archive';
  if (statement.publicKey !== init.publicKey) return "checkpoint was not signed with this archive's key";
  if (!verifySignature(statement.publicKey, canonicalJson(statement), signature)) return 'bad checkpoint signature';
  const hash = archive.db.prepare('SELECT hash FROM log WHERE seq = ?').pluck().get(statement.seq) as string | undefined;
  if (hash === undefined) return `archive has no entry ${statement.seq} (it ends at ${archive.head().seq})`;
  if (hash !== statement.headHash) return `entry ${statement.seq} has hash ${hash}, the checkpoint says ${statement.headHash}: history differs`;
  return undefined;
}
