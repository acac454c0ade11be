import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where attachment bytes live. Keys are content hashes (hex SHA-256), so a store never overwrites one
 * file with another and the same file uploaded twice is kept once. An S3-compatible store implements the
 * same three calls (PutObject, GetObject, HeadObject).
 */
export interface MediaStore {
  put(key: string, data: Buffer): Promise<void>;
  /** The bytes, or null when the key is unknown. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

/** Files under `root` (DATA_DIR/media), fanned out by the first two hex digits; written atomically. */
export function fileMediaStore(root: string): MediaStore {
  const fileOf = (key: string): string => {
    if (!KEY.test(key)) throw new Error(`invalid media key ${key}`);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, data) {
      const file = fileOf(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const temp = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.writeFile(temp, data, { mode: 0o640 });
      await fs.rename(temp, file);
    },
    async get(key) {
      try {
        return await fs.readFile(fileOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async has(key) {
      try {
        await fs.access(fileOf(key));
        return true;
      } catch {
        return false;
      }
    },
  };
}
