/**
 * The web's GraphQL types are generated from the API's published schema and committed. This fails when
 * the schema, an operation, or the generator settings changed without `npm run codegen -w @rembug/web`.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const output = 'src/lib/graphql/generated.ts';

// The generator loads its plugins as Node modules, which jest's module sandbox cannot; it runs in plain Node,
// in memory (`generate(config, false)` writes nothing), and prints what it would have written.
const inMemory = `
  import { generate, loadCodegenConfig } from '@graphql-codegen/cli';
  const { config } = await loadCodegenConfig({ configFilePath: 'codegen.yml' });
  const files = await generate({ ...config, silent: true }, false);
  const file = files.find((f) => f.filename.endsWith(${JSON.stringify(output)}));
  process.stdout.write(file ? file.content : '');
`;

describe('generated GraphQL types', () => {
  it('match apps/api/schema.gql and the operations in src/**/*.graphql', async () => {
    const { NODE_OPTIONS: _jestFlags, ...env } = process.env;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', inMemory], {
      cwd: webRoot,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout.length).toBeGreaterThan(0);
    const committed = await readFile(`${webRoot}${output}`, 'utf8');
    if (committed !== stdout) {
      throw new Error(`${output} is stale: run \`npm run codegen -w @rembug/web\` and commit the result.`);
    }
  });
});
