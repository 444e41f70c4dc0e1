import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Role } from '../access/role.js';

interface AreaNode {
  name: string;
  supportThreshold?: number;
  children?: AreaNode[];
}

const areaNode: z.ZodType<AreaNode> = z.lazy(() =>
  z.object({
    name: z.string().min(2).max(120),
    supportThreshold: z.number().int().positive().optional(),
    children: z.array(areaNode).optional(),
  }),
);

export const referenceSeedSchema = z.object({
  region: areaNode,
  agencies: z.array(z.object({ name: z.string().min(2).max(160), shortName: z.string().max(40).optional() })),
  categories: z.array(
    z.object({ name: z.string().min(2).max(80), nameEn: z.string().max(80).optional(), defaultAgency: z.string().optional() }),
  ),
});

export const demoSeedSchema = z.object({
  password: z.string().min(10),
  users: z.array(
    z.object({
      email: z.string().email(),
      displayName: z.string().min(2).max(50),
      role: z.nativeEnum(Role),
      area: z.string().optional(),
      agency: z.string().optional(),
    }),
  ),
});

export type ReferenceSeed = z.infer<typeof referenceSeedSchema>;
export type DemoSeed = z.infer<typeof demoSeedSchema>;

export async function readSeedFile<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S>> {
  const raw: unknown = JSON.parse(await readFile(file, 'utf8'));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Seed file ${file} is not valid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
