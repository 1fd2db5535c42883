// The JSON Schemas published under /schema/, generated from the zod contract: one definition, never a copy.
import { z } from 'zod';

interface Entete {
  /** The schema's own public address. */
  $id: string;
  title: string;
  description: string;
}

/** `io`: what the schema describes, the data as written (`input`) or as read, defaults filled in (`output`). */
export function schemaJson(schema: z.ZodType, io: 'input' | 'output', entete: Entete) {
  const { $schema, ...reste } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' });
  return { $schema, ...entete, ...reste };
}

export const reponseSchema = (schema: object) =>
  new Response(JSON.stringify(schema, null, 2), { headers: { 'content-type': 'application/schema+json' } });
