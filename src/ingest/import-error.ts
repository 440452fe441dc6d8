/**
 * An error that stops an import before anything is written, with a message for the user that
 * names the file, and the line and field where there is one.
 */
export class ImportError extends Error {
  override name = 'ImportError';
}
