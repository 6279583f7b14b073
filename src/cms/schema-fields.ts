/**
 * Zod schema → CMS field definitions (Sveltia CMS, Decap-compatible), by
 * walking the schema's structure with Zod 4's introspection: `def.type`,
 * `.shape`, enum `.options`, string formats and regex checks, number bounds,
 * optional and default wrappers. A field added to a schema in src/schemas
 * therefore appears in the CMS on the next build, with no second list of
 * fields to keep in step.
 *
 * What the structure cannot say (a Vietnamese label, a multi-line box, a
 * relation to another collection) comes from a `FieldContext`; every
 * lookup is by dotted path without list indices, e.g. `tasks.timing.kind`.
 */
import type { z } from 'zod';
import { calendarDate } from '../schemas/fields.ts';

export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

export interface FieldContext {
  /** Collection name, for error messages. */
  collection: string;
  label: (path: string) => string;
  hint: (path: string) => string | undefined;
  /** Labels of an enum's keys, or undefined when no table matches. */
  optionLabels: (keys: readonly string[]) => Record<string, string> | undefined;
  /** Labels of a discriminated union's kinds at a path. */
  unionLabels: (path: string) => Record<string, string> | undefined;
  /** Paths shown as a multi-line box. */
  multiline: ReadonlySet<string>;
  /** Paths whose widget is replaced (relation, select), keeping label, hint and required. */
  overrides: Readonly<Record<string, Record<string, unknown>>>;
  /** The schema passed for images, recognised by identity. */
  image: z.ZodType;
  /** Image widget options (where uploads are stored). */
  imageOptions: Record<string, unknown>;
}

/** Zod 4 keeps a schema's definition on `.def`; the classes are not needed to read it. */
type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: z.ZodType): Def => (schema as unknown as { def: Def }).def;

class UnsupportedSchemaError extends Error {}

interface Unwrapped {
  schema: z.ZodType;
  required: boolean;
  default?: unknown;
}

/** Peel optional / default / nullable / readonly wrappers. */
function unwrap(schema: z.ZodType): Unwrapped {
  let required = true;
  let fallback: unknown;
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      fallback ??= def.defaultValue;
    } else if (def.type !== 'readonly' && def.type !== 'catch') break;
    current = def.innerType as z.ZodType;
  }
  return fallback === undefined ? { schema: current, required } : { schema: current, required, default: fallback };
}

/** Follow transforms to the input a clerk types: `text` is string → trim/NFC. */
function inputSide(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (defOf(current).type === 'pipe' && current !== calendarDate) current = defOf(current).in as z.ZodType;
  return current;
}

interface Check {
  check?: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  error?: (issue?: unknown) => unknown;
}
const checksOf = (schema: z.ZodType): Check[] => ((defOf(schema).checks as { _zod: { def: Check } }[] | undefined) ?? []).map((c) => c._zod.def);

function messageOf(check: Check): string | undefined {
  const message = check.error?.({});
  return typeof message === 'string' ? message : undefined;
}

const join = (path: string, name: string) => (path ? `${path}.${name}` : name);

/** One CMS field for one schema property. */
function fieldFor(name: string, schema: z.ZodType, path: string, ctx: FieldContext): CmsField {
  const unwrapped = unwrap(schema);
  const field: CmsField = { name, label: ctx.label(path), widget: 'string', ...describe(unwrapped.schema, path, ctx) };
  const hint = ctx.hint(path);
  if (hint) field.hint = hint;
  if (!unwrapped.required) field.required = false;
  if (unwrapped.default !== undefined) applyDefault(field, unwrapped.default);
  const override = ctx.overrides[path];
  if (override) {
    for (const key of ['pattern', 'type', 'options', 'fields', 'field', 'types', 'typeKey', 'multiple', 'value_type']) delete field[key];
    Object.assign(field, override);
  }
  return field;
}

/** A default on an object fills its subfields; elsewhere it is the field's own. */
function applyDefault(field: CmsField, value: unknown): void {
  if (field.widget === 'object' && Array.isArray(field.fields) && value && typeof value === 'object') {
    for (const sub of field.fields as CmsField[]) {
      const own = (value as Record<string, unknown>)[sub.name];
      if (own !== undefined && sub.default === undefined) applyDefault(sub, own);
    }
    return;
  }
  if (Array.isArray(value) && value.length === 0) return;
  field.default = value;
}

/** Widget and options for an unwrapped schema. */
function describe(schema: z.ZodType, path: string, ctx: FieldContext): Record<string, unknown> {
  if (schema === ctx.image) return { widget: 'image', ...ctx.imageOptions };
  if (schema === calendarDate) return dateWidget();
  const input = inputSide(schema);
  if (input !== schema) return describe(input, path, ctx);
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return stringWidget(schema, path, ctx);
    case 'number':
      return numberWidget(schema as z.ZodNumber);
    case 'boolean':
      return { widget: 'boolean', default: false };
    case 'enum':
      return { widget: 'select', options: selectOptions((schema as z.ZodEnum).options as string[], ctx) };
    case 'literal':
      return { widget: 'hidden', default: (def.values as unknown[])[0] };
    case 'object':
      return { widget: 'object', fields: fieldsOf(schema as z.ZodObject, path, ctx) };
    case 'array':
      return listWidget(schema as z.ZodArray, path, ctx);
    case 'union':
      return def.discriminator ? variableObject(schema as z.ZodDiscriminatedUnion, path, ctx) : looseUnion(def, path, ctx);
    default:
      throw new UnsupportedSchemaError(`${ctx.collection}.${path}: no CMS widget for Zod type "${def.type}"`);
  }
}

/**
 * The field type registered by src/cms/admin-script.js: typed and shown as
 * ngày/tháng/năm in any browser language (the CMS's own datetime widget is the
 * browser's date input, MM/DD/YYYY in an English browser), stored as "YYYY-MM-DD".
 */
export const DATE_FIELD_TYPE = 'ngay';

/** Calendar days stay "YYYY-MM-DD" strings; the build reads them as days in UTC+7. */
function dateWidget(): Record<string, unknown> {
  return { widget: DATE_FIELD_TYPE };
}

function stringWidget(schema: z.ZodType, path: string, ctx: FieldContext): Record<string, unknown> {
  const def = defOf(schema);
  const out: Record<string, unknown> = { widget: ctx.multiline.has(path) ? 'text' : 'string' };
  if (def.format === 'url') out.type = 'url';
  if (def.format === 'email') out.type = 'email';
  const regex = checksOf(schema).find((c) => c.format === 'regex' && c.pattern);
  if (regex) out.pattern = [regex.pattern!.source, messageOf(regex) ?? regex.pattern!.source];
  return out;
}

function numberWidget(schema: z.ZodNumber): Record<string, unknown> {
  const out: Record<string, unknown> = { widget: 'number', value_type: schema.isInt ? 'int' : 'float' };
  const { minValue, maxValue } = schema;
  if (minValue !== null && Math.abs(minValue) < 1e15) out.min = minValue;
  if (maxValue !== null && Math.abs(maxValue) < 1e15) out.max = maxValue;
  return out;
}

function selectOptions(keys: readonly string[], ctx: FieldContext): { label: string; value: string }[] | string[] {
  const labels = ctx.optionLabels(keys);
  return labels ? keys.map((value) => ({ label: labels[value]!, value })) : [...keys];
}

export function fieldsOf(schema: z.ZodObject, path: string, ctx: FieldContext): CmsField[] {
  return Object.entries(schema.shape).map(([name, sub]) => fieldFor(name, sub as z.ZodType, join(path, name), ctx));
}

function listWidget(schema: z.ZodArray, path: string, ctx: FieldContext): Record<string, unknown> {
  const out: Record<string, unknown> = { widget: 'list' };
  const min = checksOf(schema).find((c) => c.check === 'min_length');
  if (min?.minimum) out.min = min.minimum;
  const element = unwrap(schema.element as z.ZodType).schema;
  const shape = describe(element, path, ctx);
  if (shape.widget === 'select') return { ...out, ...shape, multiple: true };
  if (shape.widget === 'object') {
    if (shape.types) return { ...out, types: shape.types, typeKey: shape.typeKey };
    return { ...out, fields: shape.fields, collapsed: 'auto' };
  }
  if (shape.widget === 'string' || shape.widget === 'text') {
    // A simple list: one item per line, saved as a YAML list of strings.
    if (shape.pattern) out.pattern = shape.pattern;
    return out;
  }
  return { ...out, field: { name: 'item', label: ctx.label(path), ...shape } };
}

/** A discriminated union (e.g. a task's timing) becomes an object with selectable kinds. */
function variableObject(schema: z.ZodDiscriminatedUnion, path: string, ctx: FieldContext): Record<string, unknown> {
  const key = defOf(schema).discriminator as string;
  const labels = ctx.unionLabels(path) ?? {};
  const types = (schema.options as z.ZodObject[]).map((option) => {
    const kind = String((defOf(option.shape[key] as z.ZodType).values as unknown[])[0]);
    const fields = fieldsOf(option, path, ctx).filter((f) => f.name !== key);
    return { name: kind, label: labels[kind] ?? kind, widget: 'object', ...(fields.length ? { fields } : {}) };
  });
  return { widget: 'object', typeKey: key, types };
}

/** A plain union of scalars (a task id as text or number; a month or a day) is typed as text. */
function looseUnion(def: Def, path: string, ctx: FieldContext): Record<string, unknown> {
  const kinds = (def.options as z.ZodType[]).map((o) => describe(unwrap(o).schema, path, ctx).widget);
  if (kinds.every((k) => ['string', 'text', 'number', DATE_FIELD_TYPE].includes(k as string))) return { widget: 'string' };
  throw new UnsupportedSchemaError(`${ctx.collection}.${path}: no CMS widget for a union of ${kinds.join(', ')}`);
}

/**
 * Every dotted path (without list indices) a schema accepts, with the schema
 * found there: the other side of the CMS fields, for coverage checks. A path
 * inside a discriminated union appears once per kind that has it.
 */
export function schemaEntries(schema: z.ZodType, path = ''): [string, z.ZodType][] {
  const inner = inputSide(unwrap(schema).schema);
  const def = defOf(inner);
  if (def.type === 'object') {
    return Object.entries((inner as z.ZodObject).shape).flatMap(([name, sub]): [string, z.ZodType][] => {
      const here = join(path, name);
      return [[here, sub as z.ZodType], ...schemaEntries(sub as z.ZodType, here)];
    });
  }
  if (def.type === 'array') return schemaEntries((inner as z.ZodArray).element as z.ZodType, path);
  if (def.type === 'union' && def.discriminator) return (def.options as z.ZodObject[]).flatMap((option) => schemaEntries(option, path));
  return [];
}

export function schemaPaths(schema: z.ZodType): string[] {
  return [...new Set(schemaEntries(schema).map(([path]) => path))];
}
