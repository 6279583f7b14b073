/**
 * Mapping of published procedure lists onto our procedure fields:
 * - the national one-stop data package (records with MATTHC, TENTTHC, …;
 *   see REFERENCE.md), and
 * - provincial tables (CSV/XLSX) with Vietnamese column headers.
 * Pure; `cchc import` (src/cli/commands/import.ts) reads the files and writes Markdown.
 */
import { parseCalendarDate, type IsoDate } from './dates.ts';
import { fold } from './text.ts';

/** A list or a run that cannot go ahead; the message is Vietnamese and names the file. */
export class ImportError extends Error {}

/**
 * Where a table row came from ("dòng 12, cột B"), for messages. A symbol key,
 * not enumerable, so it is never merged into a procedure file and two readings
 * of one list (its CSV and its XLSX) stay equal.
 */
export const SOURCE_ROW: unique symbol = Symbol('source row');

/** Procedure fields as imported; a source fills only what it knows. */
export type Imported = Record<string, unknown> & { code: string; name: string; [SOURCE_ROW]?: string };

type Rec = Record<string, unknown>;
const list = (v: unknown): Rec[] => (Array.isArray(v) ? (v as Rec[]) : v && typeof v === 'object' ? [v as Rec] : []);
const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v).trim().normalize('NFC'));
const num = (v: unknown): number | undefined => {
  const n = Number(String(v ?? '').replace(/[.\s,]/g, ''));
  return str(v) !== '' && Number.isFinite(n) ? n : undefined;
};
const date = (v: unknown): IsoDate | undefined => parseCalendarDate(str(v).slice(0, 10)) ?? undefined;
const compact = (o: Rec): Rec => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));
/** A text field that may hold one item per line or a list. */
const lines = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : str(v).split(/\r?\n|;\s*(?=\S)/)).map((s) => s.replace(/^[-–•+]\s*/, '').trim()).filter(Boolean);

const LEVELS: Record<string, string> = { '0': 'ministry', '1': 'province', '2': 'district', '3': 'commune' };
const CHANNEL = { inPerson: '1', online: '2', postal: '3' } as const;

/** "Toàn trình" / "Một phần" where the package says so; otherwise channel 2 means partly online. */
function onlineLevel(rec: Rec, hasOnline: boolean): string {
  const stated = fold(str(rec.MUCDODVC ?? rec.MUCDO));
  if (stated.includes('toan trinh')) return 'full';
  if (stated.includes('mot phan')) return 'partial';
  return hasOnline ? 'partial' : 'none';
}

export function fromNationalRecord(rec: Rec): Imported {
  const channels = list(rec.CACHTHUCTHUCHIEN);
  const kinds = new Set(channels.map((c) => str(c.KENH)));
  const main = channels.find((c) => str(c.KENH) === CHANNEL.inPerson) ?? channels[0];
  const times = list(main?.THOIGIAN);
  const processingTime = times.map((t) => [str(t.THOIGIANGIAIQUYET), str(t.DONVITINH), str(t.MOTA) && `(${str(t.MOTA)})`].filter(Boolean).join(' ')).join('; ');
  const fees = times
    .flatMap((t) => list(t.PHILEPHI))
    .map((f) => compact({ name: str(f.MOTA) || 'Phí, lệ phí', amount: num(f.SOTIEN), note: str(f.DONVI) && num(f.SOTIEN) === undefined ? str(f.DONVI) : undefined }));
  const caseNames = [...new Set([...list(rec.THANHPHANHOSO), ...list(rec.TRINHTUTHUCHIEN)].map((c) => str(c.TRUONGHOP)))];
  const cases = caseNames.map((name) =>
    compact({
      name: name || undefined,
      documents: list(rec.THANHPHANHOSO)
        .filter((c) => str(c.TRUONGHOP) === name)
        .flatMap((c) => list(c.GIAYTO))
        .map((g) =>
          compact({
            name: str(g.TENGIAYTO),
            originals: num(g.SOBANCHINH) ?? 0,
            copies: num(g.SOBANSAO) ?? 0,
            form: str(g.TENMAUDON) || undefined,
            formUrl: /^https?:/.test(str(g.URL)) ? str(g.URL) : undefined,
          }),
        ),
      steps: list(rec.TRINHTUTHUCHIEN)
        .filter((c) => str(c.TRUONGHOP) === name)
        .flatMap((c) => list(c.TRINHTU))
        .map((s) => str(s.TENTRINHTU))
        .filter(Boolean),
    }),
  );
  const field = list(rec.LINHVUCTHUCHIEN)[0];
  const decision = list(rec.QUYETDINH)[0];
  const mapped = compact({
    code: str(rec.MATTHC),
    name: str(rec.TENTTHC),
    field: str(field?.TENLINHVUC) || str(rec.LINHVUCTHUCHIEN),
    level: LEVELS[str(rec.CAPTHUCHIEN)],
    channels: { inPerson: kinds.has(CHANNEL.inPerson), online: onlineLevel(rec, kinds.has(CHANNEL.online)), postal: kinds.has(CHANNEL.postal) },
    processingTime,
    fees,
    cases,
    applicants: lines(
      list(rec.DOITUONGTHUCHIEN)
        .map((d) => str(d.TENDOITUONG ?? d.TEN ?? d))
        .join('\n') || rec.DOITUONGTHUCHIEN,
    ),
    agency:
      list(rec.COQUANTHUCHIEN)
        .map((c) => str(c.TENCOQUAN ?? c.TEN ?? c))
        .join('; ') || str(rec.COQUANTHUCHIEN),
    competentAuthority:
      list(rec.COTHAMQUYEN)
        .map((c) => str(c.TENCOQUAN ?? c.TEN ?? c))
        .join('; ') || undefined,
    result:
      list(rec.KETQUATHUCHIEN)
        .map((k) => str(k.TENKETQUA ?? k.TEN ?? k))
        .join('; ') || str(rec.KETQUATHUCHIEN),
    conditions: lines(rec.YEUCAU),
    legalBasis: list(rec.CANCUPHAPLY).map((d) =>
      compact({
        number: str(d.SOVANBAN),
        title: str(d.TENVANBAN) || undefined,
        issuer: str(d.COQUANBANHANH) || undefined,
        date: date(d.NGAYBANHANH),
        effective: date(d.NGAYHIEULUC),
      }),
    ),
    decision: decision
      ? compact({ number: str(decision.SOQUYETDINH ?? decision.SOVANBAN), issuer: str(decision.COQUANBANHANH) || undefined, date: date(decision.NGAYBANHANH) })
      : undefined,
    related: lines(
      list(rec.TTHCLIENQUAN)
        .map((r) => str(r.MATTHC ?? r))
        .join('\n'),
    ),
  }) as Imported;
  // A record that describes its channels and names no fee says the procedure is free: an empty
  // list, since a procedure whose fees are left out has them "not yet published" (src/schemas/procedure.ts).
  if (channels.length && !mapped.fees) mapped.fees = [];
  return mapped;
}

/** Column header (folded) → our field. Provinces word their headers differently. */
const HEADERS: [field: string, aliases: string[]][] = [
  ['code', ['ma thu tuc', 'ma tthc', 'ma so', 'ma', 'ma so tthc', 'ma thu tuc hanh chinh', 'ma so thu tuc', 'ma so thu tuc hanh chinh']],
  ['name', ['ten thu tuc', 'ten thu tuc hanh chinh', 'ten tthc', 'thu tuc']],
  ['field', ['linh vuc']],
  ['processingTime', ['thoi han giai quyet', 'thoi han', 'thoi gian giai quyet']],
  ['fee', ['phi, le phi', 'phi le phi', 'phi/le phi', 'le phi', 'phi']],
  ['agency', ['co quan thuc hien', 'co quan giai quyet']],
  ['channelsText', ['cach thuc thuc hien', 'cach thuc', 'hinh thuc nop']],
  ['applicants', ['doi tuong thuc hien', 'doi tuong']],
  ['result', ['ket qua thuc hien', 'ket qua']],
  ['legalBasisText', ['can cu phap ly']],
  ['decisionText', ['quyet dinh cong bo', 'so quyet dinh cong bo', 'quyet dinh', 'qd cong bo', 'so qd cong bo']],
  ['publisher', ['co quan cong khai']],
  ['levelText', ['cap thuc hien', 'cap']],
  ['statusText', ['tinh trang', 'trang thai', 'tinh trang hieu luc']],
  ['online', ['muc do dvc', 'dich vu cong truc tuyen', 'muc do']],
  // The sub-columns of a two-row "Mức độ DVC" header, marked "x" where the procedure is online so.
  ['onlineFull', ['toan trinh', 'dvc toan trinh', 'truc tuyen toan trinh', 'dich vu cong truc tuyen toan trinh']],
  ['onlinePartial', ['mot phan', 'dvc mot phan', 'truc tuyen mot phan', 'dich vu cong truc tuyen mot phan']],
];

/** Fields one line long: a line break typed in the cell (Alt+Enter) is a space. */
const ONE_LINE = new Set(['code', 'name', 'field', 'processingTime', 'agency', 'levelText', 'statusText', 'decisionText', 'publisher', 'online']);

/**
 * A code as provinces write it: spaces anywhere ("1. 001193"), a trailing dot
 * ("1.001193."), or the national portal's full code of a province's version
 * ("1.001193.000.00.00.H12"), whose first part is the procedure code.
 */
export function tableCode(text: string): string {
  const code = text.replace(/\s+/g, '').replace(/\.+$/, '');
  if (/^\d\.\d{6}$/.test(code)) return code;
  return /^\d\.\d{6}\.000\.00\.00\.[A-Z]\d{2}$/i.test(code) ? code.slice(0, 8) : text;
}

/**
 * "Cấp Xã", "Cấp Tỉnh, Cấp Xã", "Cấp xã/phường": a procedure the commune
 * handles whenever the commune level is among those named; otherwise the
 * highest level named (such rows are skipped by the import).
 */
export function levelFromText(text: string): string | undefined {
  const t = fold(text);
  if (!t.trim()) return undefined;
  if (/\b(xa|phuong|thi tran|dac khu)\b/.test(t)) return 'commune';
  if (/\b(huyen|quan)\b/.test(t)) return 'district';
  if (/\b(tinh|thanh pho)\b/.test(t)) return 'province';
  return 'ministry';
}

/** "Còn hiệu lực" → in force, "Bãi bỏ" / "Hết hiệu lực" → abolished, "Sửa đổi, bổ sung" → amended. */
export function statusFromText(text: string): string | undefined {
  const t = fold(text);
  if (/bai bo|het hieu luc|huy bo/.test(t)) return 'abolished';
  if (/sua doi|bo sung|thay the/.test(t)) return 'amended';
  if (/hieu luc|cong bo moi/.test(t)) return 'in-force';
  return undefined;
}

export function headerField(header: string): string | undefined {
  const h = fold(header).replace(/\s+/g, ' ').trim();
  return HEADERS.find(([, aliases]) => aliases.includes(h))?.[0];
}

export function fromTableRow(row: Record<string, unknown>): Imported {
  const cells: Rec = {};
  for (const [header, value] of Object.entries(row)) {
    const field = headerField(header);
    const text = field && ONE_LINE.has(field) ? str(value).replace(/\s+/g, ' ') : str(value);
    if (field && text) cells[field] = text;
  }
  const marked = (v: unknown) => !['', '0', '-', 'khong'].includes(fold(str(v)));
  const channelsText = fold(str(cells.channelsText));
  const onlineText = fold(str(cells.online) || str(cells.channelsText));
  const fee = str(cells.fee);
  const state = statusFromText(str(cells.statusText));
  const amount = /^(khong|mien)/.test(fold(fee)) ? 0 : num(fee.replace(/\s*(dong|đồng|vnd|d)\s*$/i, ''));
  return compact({
    code: tableCode(str(cells.code)),
    name: str(cells.name),
    field: str(cells.field) || undefined,
    level: levelFromText(str(cells.levelText)),
    processingTime: str(cells.processingTime) || undefined,
    fees: fee ? [compact({ name: 'Phí, lệ phí', amount, note: amount === undefined || amount > 0 ? fee : undefined })] : undefined,
    agency: str(cells.agency) || undefined,
    applicants: cells.applicants ? lines(cells.applicants) : undefined,
    result: str(cells.result) || undefined,
    channels:
      cells.channelsText || cells.online || cells.onlineFull || cells.onlinePartial
        ? {
            inPerson: !cells.channelsText || channelsText.includes('truc tiep'),
            online:
              marked(cells.onlineFull) || onlineText.includes('toan trinh')
                ? 'full'
                : marked(cells.onlinePartial) || onlineText.includes('mot phan') || onlineText.includes('truc tuyen')
                  ? 'partial'
                  : 'none',
            postal: channelsText.includes('buu chinh'),
          }
        : undefined,
    legalBasis: cells.legalBasisText ? lines(cells.legalBasisText).map((number) => ({ number })) : undefined,
    decision: cells.decisionText ? compact({ number: str(cells.decisionText), issuer: str(cells.publisher) || undefined }) : undefined,
    status: state ? { state } : undefined,
  }) as Imported;
}

/** Field order in written files, following the schema, so diffs stay small. */
const FIELD_ORDER = [
  'code',
  'name',
  'field',
  'level',
  'summary',
  'channels',
  'processingTime',
  'fees',
  'exemptions',
  'cases',
  'applicants',
  'agency',
  'competentAuthority',
  'result',
  'conditions',
  'legalBasis',
  'decision',
  'status',
  'related',
  'portalUrl',
  'updated',
];

/** A new file starts from these; a list that says no more leaves the rest out (`check` warns what is missing). */
const NEW_PROCEDURE: Rec = { level: 'commune', status: { state: 'in-force' } };

/** Equality that ignores key order, so a hand-ordered file is not "changed". */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((value as Rec)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const isPlain = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `have` already says all `source` says: equal, or an object holding
 * every key of a smaller one (a list's {number} against a package's
 * {number, issuer, date}; {state} against {state, since}).
 */
function covers(have: unknown, source: unknown): boolean {
  if (isPlain(have) && isPlain(source)) return Object.entries(source).every(([k, v]) => stable(have[k]) === stable(v));
  return stable(have) === stable(source);
}

/**
 * A list row completed from a package record: the list decides identity
 * (name, field, level, status, decision), the package fills what the list
 * lacks (documents, steps, fees, times, legal basis…), and a package value
 * that says more than the list's (a decision with its date) is kept.
 */
export function withDetail(row: Imported, detail: Imported | undefined): Imported {
  if (!detail) return row;
  const merged: Rec = { ...detail, ...row };
  for (const [key, value] of Object.entries(row)) if (key in detail && covers(detail[key], value)) merged[key] = detail[key];
  return merged as Imported;
}

export interface Merge {
  data: Rec;
  changed: string[];
}

/**
 * Imported fields replace the file's; everything the source does not carry
 * (a clerk's summary, exemptions, cases a table lacks) is kept.
 */
export function mergeProcedure(existing: Rec | undefined, imported: Imported, today: IsoDate): Merge {
  const base: Rec = existing ?? NEW_PROCEDURE;
  const merged: Rec = { ...base };
  const changed: string[] = [];
  for (const [key, value] of Object.entries(imported)) {
    if (!covers(base[key], value)) {
      merged[key] = value;
      changed.push(key);
    }
  }
  if (!existing || changed.length) merged.updated = today;
  return { data: ordered(merged), changed: existing ? changed : [] };
}

export function markAbolished(data: Rec, today: IsoDate): Rec {
  return ordered({ ...data, status: { state: 'abolished', since: today }, updated: today });
}

function ordered(data: Rec): Rec {
  const known = FIELD_ORDER.filter((k) => k in data).map((k) => [k, data[k]] as const);
  const rest = Object.entries(data).filter(([k]) => !FIELD_ORDER.includes(k));
  return Object.fromEntries([...known, ...rest]);
}
