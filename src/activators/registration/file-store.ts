import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where uploaded files are kept: under `${dataDir}/uploads/`, outside the web root, with names the
 * server chooses. A file is only ever read back by a route that decides who may see it.
 */
export type FileArea = 'activateurs/photos' | 'activateurs/lettres';

export interface FileStore {
  put(area: FileArea, extension: 'jpg' | 'pdf', bytes: Buffer): Promise<string>;
  /** null when the name is not one we could have chosen or no such file exists. */
  get(area: FileArea, name: string): Promise<Buffer | null>;
  /** Deletes a stored file (nothing happens when there is none). */
  remove(area: FileArea, name: string): Promise<void>;
}

/** 128 random bits: a stored name reveals nothing and cannot be guessed. */
const NAME = /^[a-f0-9]{32}\.(jpg|pdf)$/;

function newName(extension: string): string {
  return `${randomBytes(16).toString('hex')}.${extension}`;
}

export function diskFileStore(dataDir: string): FileStore {
  const root = join(dataDir, 'uploads');
  return {
    async put(area, extension, bytes) {
      const name = newName(extension);
      const dir = join(root, area);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, name), bytes, { mode: 0o600, flag: 'wx' });
      return name;
    },
    async get(area, name) {
      if (!NAME.test(name)) return null;
      try {
        return await readFile(join(root, area, name));
      } catch {
        return null;
      }
    },
    async remove(area, name) {
      if (NAME.test(name)) await rm(join(root, area, name), { force: true });
    },
  };
}

/** For an in-memory instance (tests, `DATA_DIR=memory://`): nothing is written to disk. */
export function memoryFileStore(): FileStore {
  const files = new Map<string, Buffer>();
  return {
    async put(area, extension, bytes) {
      const name = newName(extension);
      files.set(`${area}/${name}`, Buffer.from(bytes));
      return name;
    },
    async get(area, name) {
      if (!NAME.test(name)) return null;
      return files.get(`${area}/${name}`) ?? null;
    },
    async remove(area, name) {
      files.delete(`${area}/${name}`);
    },
  };
}

const memoryStores = new Map<string, FileStore>();

/**
 * The store of a data folder. An in-memory folder ("memory://…") gets one store per name, shared by
 * every plugin of the app that asks, so a photo uploaded by one route is read back by another.
 */
export function fileStoreFor(dataDir: string): FileStore {
  if (!dataDir.startsWith('memory://')) return diskFileStore(dataDir);
  let store = memoryStores.get(dataDir);
  if (!store) memoryStores.set(dataDir, (store = memoryFileStore()));
  return store;
}
