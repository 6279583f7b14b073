/**
 * Every place in a schema a value can sit: object fields, list items ("*"),
 * through optional/default wrappers, pipes, unions and intersections. Lets
 * checks ask which fields are whole numbers, and lets tests reach every field.
 */
import type { z } from 'zod';

export type SchemaPath = (string | '*')[];

export interface SchemaNode {
  path: SchemaPath;
  /** The schema at that place, wrappers removed. */
  schema: z.ZodType;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

export function schemaNodes(schema: z.ZodType, path: SchemaPath = [], seen: ReadonlySet<z.ZodType> = new Set()): SchemaNode[] {
  if (seen.has(schema)) return [];
  const inside = new Set(seen).add(schema);
  const def = defOf(schema);
  const inner = def.innerType ?? def.in;
  if (inner) return [{ path, schema }, ...schemaNodes(inner, path, inside)];
  const children: SchemaNode[] = [];
  if (def.shape) for (const [key, field] of Object.entries(def.shape)) children.push(...schemaNodes(field, [...path, key], inside));
  if (def.element) children.push(...schemaNodes(def.element, [...path, '*'], inside));
  for (const option of [...(def.options ?? []), ...[def.left, def.right].filter((s) => s !== undefined)]) {
    children.push(...schemaNodes(option, path, inside).filter((n) => n.path.length > path.length));
  }
  return [{ path, schema }, ...children];
}
