// Reads an app package for checkPackage: from a folder (dist/app) or from the upload zip.
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import yauzl from 'yauzl';
import type { PackageFiles } from './package-check.js';

export async function readPackageDirectory(root: string): Promise<PackageFiles> {
  const files = new Map<string, Uint8Array>();
  const symlinks: string[] = [];
  async function walk(dir: string): Promise<void> {
    for (const entry of await readdir(dir)) {
      const full = join(dir, entry);
      const path = relative(root, full).split(sep).join('/');
      const stat = await lstat(full);
      if (stat.isSymbolicLink()) symlinks.push(path);
      else if (stat.isDirectory()) await walk(full);
      else files.set(path, new Uint8Array(await readFile(full)));
    }
  }
  await walk(root);
  return { files, symlinks };
}

export async function readPackageZip(zipPath: string): Promise<PackageFiles> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(zipPath, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const files = new Map<string, Uint8Array>();
  const symlinks: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith('/')) {
        zip.readEntry();
        return;
      }
      // Unix mode in the high bits of the external attributes: 0o120000 = symlink.
      if (((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000) symlinks.push(entry.fileName);
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', reject);
        stream.on('end', () => {
          files.set(entry.fileName, new Uint8Array(Buffer.concat(chunks)));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return { files, symlinks };
}
