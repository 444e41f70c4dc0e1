import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { API_ROOT } from '../src/config/config.js';
import { renderSchema } from '../src/graphql/print-schema.js';
import { startTestApp } from './support/test-app.js';

describe('schema.gql', () => {
  it('is the schema the API serves (run `npm run schema` after changing the API)', async () => {
    const t = await startTestApp();
    try {
      const served = renderSchema(t.app.get(GraphQLSchemaHost).schema);
      const committed = await readFile(path.join(API_ROOT, 'schema.gql'), 'utf8');
      expect(committed).toBe(served);
    } finally {
      await t.close();
    }
  });
});
