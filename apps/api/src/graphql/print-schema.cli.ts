import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { API_ROOT } from '../config/config.js';
import { renderSchema } from './print-schema.js';
import { resolvers } from './resolvers.js';
import './enums.js';

/** Writes apps/api/schema.gql from the resolvers; no database needed. */
const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
await app.init();
const schema = await app.get(GraphQLSchemaFactory).create(resolvers);
const file = path.join(API_ROOT, 'schema.gql');
await writeFile(file, renderSchema(schema));
await app.close();
console.log(`wrote ${path.relative(process.cwd(), file)}`);
