/**
 * The period report as a DOCX the clerk opens in Word (or LibreOffice),
 * edits, prints and signs: the same parts as the page (src/lib/report-document.ts)
 * in the layout of Nghị định 30/2020/NĐ-CP: A4, Times New Roman 14, a
 * borderless two-column header table (issuing body | national motto, number
 * | place and date), the centred kind and subject, the narrative, "Nơi nhận"
 * beside the signer, then the annex on its own landscape pages with a
 * bordered table. Written with `docx` (docs/decisions.md, "The report as a DOCX").
 */
import type { Element, ElementContent, Root } from 'hast';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { reportDocUi } from '../i18n/vi.ts';
import type { PeriodReport } from '../lib/report.ts';
import { annexCells, annexColumns, unpostedLine, type ReportDocument } from '../lib/report-document.ts';
import { markdownTree } from '../markdown/processor.ts';

const FONT = 'Times New Roman';
/** Sizes in half-points: 14 pt body, 13 pt for the header and "Nơi nhận"'s 12 and 11 pt lines, as NĐ 30 sets them. */
const SIZE = { body: 28, header: 26, small: 24, tiny: 22 } as const;
/** A4 in twips (1/1440 inch), and NĐ 30's margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
const A4 = { width: 11906, height: 16838 } as const;
const MM = 56.7;
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) } as const;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

const run = (text: string, style: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: style.size ?? SIZE.body, bold: style.bold ?? false, italics: style.italics ?? false });

function line(text: string, style: RunStyle & { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number } = {}): Paragraph {
  return new Paragraph({ alignment: style.align ?? AlignmentType.LEFT, spacing: { after: style.after ?? 0 }, children: [run(text, style)] });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after, as a báo cáo's paragraphs are. */
function bodyParagraph(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 120 }, children });
}

/** Runs of an element's inline content, bold and italic carried down. */
function inlineRuns(nodes: readonly ElementContent[], style: RunStyle = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    if (node.type === 'text') return node.value ? [run(node.value, style)] : [];
    if (node.type !== 'element') return [];
    if (node.tagName === 'br') return [new TextRun({ break: 1 })];
    if (node.tagName === 'strong' || node.tagName === 'b') return inlineRuns(node.children, { ...style, bold: true });
    if (node.tagName === 'em' || node.tagName === 'i') return inlineRuns(node.children, { ...style, italics: true });
    return inlineRuns(node.children, style);
  });
}

/** The narrative's Markdown as paragraphs: headings bold, lists with their marks, everything else as body text. */
function blocks(nodes: readonly (ElementContent | Element)[]): Paragraph[] {
  return nodes.flatMap((node): Paragraph[] => {
    if (node.type !== 'element') return node.type === 'text' && node.value.trim() ? [bodyParagraph([run(node.value.trim())])] : [];
    if (/^h[1-6]$/.test(node.tagName))
      return [new Paragraph({ indent: { firstLine: Math.round(10 * MM) }, spacing: { before: 120, after: 120 }, children: inlineRuns(node.children, { bold: true }) })];
    if (node.tagName === 'p') return [bodyParagraph(inlineRuns(node.children))];
    if (node.tagName === 'ul' || node.tagName === 'ol') {
      const items = node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li');
      return items.map((li, i) => {
        const inline = li.children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : [c]));
        return bodyParagraph([
          run(node.tagName === 'ol' ? `${i + 1}. ` : '- '),
          ...inlineRuns(inline.filter((c) => !(c.type === 'element' && /^(ul|ol)$/.test(c.tagName)))),
        ]);
      });
    }
    return blocks(node.children);
  });
}

function narrativeParagraphs(markdown: string): Paragraph[] {
  return blocks((markdownTree(markdown) as Root).children as ElementContent[]);
}

const NO_BORDERS = TableBorders.NONE;
const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
/** A borderless full-width table of rows of cells: how the document sets two blocks side by side. */
const sideBySide = (rows: TableCell[][]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: rows.map((children) => new TableRow({ children })) });

/** The header: issuing body | national motto; number | place and date. */
function header(doc: ReportDocument): Table {
  const center = AlignmentType.CENTER;
  return sideBySide([
    [
      cell([line(doc.issuer, { bold: true, size: SIZE.header, align: center }), line('———', { align: center, size: SIZE.header })], 40),
      cell(
        [line(doc.motto[0], { bold: true, size: SIZE.header, align: center }), line(doc.motto[1], { bold: true, align: center }), line('———————', { align: center })],
        60,
      ),
    ],
    [cell([line(doc.number, { size: SIZE.header, align: center })], 40), cell([line(doc.dateLine, { italics: true, align: center })], 60)],
  ]);
}

/** "Nơi nhận:" (12 pt bold italic, then 11 pt lines) beside the signer. */
function closing(doc: ReportDocument): Table {
  const center = AlignmentType.CENTER;
  const signer = doc.signer
    ? [
        ...(doc.signer.authority ? [line(doc.signer.authority, { bold: true, align: center })] : []),
        line(doc.signer.title, { bold: true, align: center }),
        ...Array.from({ length: 4 }, () => line('', { align: center })),
        line(doc.signer.name, { bold: true, align: center }),
      ]
    : [line(reportDocUi.signerBlank, { italics: true, align: center })];
  return sideBySide([
    [
      cell([line(reportDocUi.recipients, { bold: true, italics: true, size: SIZE.small }), ...doc.recipients.map((r) => line(`- ${r};`, { size: SIZE.tiny }))], 45),
      cell(signer, 55),
    ],
  ]);
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER } as const;
/** Widths of the annex columns in percent (TT, content, target, done, counted, behind, year short, status). */
const ANNEX_WIDTHS = [5, 37, 12, 8, 9, 9, 9, 11] as const;

function annexTable(report: PeriodReport): Table {
  const cellOf = (text: string, i: number, bold = false) =>
    new TableCell({
      width: { size: ANNEX_WIDTHS[i]!, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      children: [line(text, { bold, size: SIZE.small, align: i === 1 ? AlignmentType.LEFT : AlignmentType.CENTER })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: annexColumns.map((c, i) => cellOf(c, i, true)) }),
      ...report.tasks.map((t) => new TableRow({ cantSplit: true, children: annexCells(t).map((c, i) => cellOf(c, i)) })),
    ],
  });
}

const portrait = { page: { size: A4, margin: MARGIN } };
const landscape = {
  page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: { top: MARGIN.left, bottom: MARGIN.right, left: MARGIN.top, right: MARGIN.bottom } },
};

/** The DOCX's bytes. `narrative` is the narrative's Markdown body, or null when not written yet. */
export async function reportDocx(report: PeriodReport, doc: ReportDocument, narrative: string | null): Promise<Buffer> {
  const center = AlignmentType.CENTER;
  const main: ISectionOptions = {
    properties: portrait,
    children: [
      header(doc),
      line('', {}),
      line(doc.kind, { bold: true, align: center }),
      line(doc.subject, { bold: true, align: center, after: 240 }),
      line(doc.recipient, { align: center, after: 240 }),
      bodyParagraph([run(doc.opening)]),
      bodyParagraph([run(doc.counting)]),
      bodyParagraph([run(doc.summary)]),
      ...(narrative === null ? [bodyParagraph([run(reportDocUi.noNarrativeShort, { italics: true })])] : narrativeParagraphs(narrative)),
      line('', {}),
      closing(doc),
    ],
  };
  const annex: ISectionOptions = {
    properties: landscape,
    children: [
      line(reportDocUi.annex, { bold: true, align: center }),
      line(doc.annexTitle, { bold: true, align: center }),
      line(doc.annexOf, { italics: true, align: center, after: 240 }),
      ...(report.tasks.length === 0 ? [line(reportDocUi.annexNoTasks)] : [annexTable(report)]),
      line('', {}),
      line(reportDocUi.unpostedHeading, { bold: true, after: 120 }),
      ...(report.unposted.length === 0 ? [line(reportDocUi.unpostedNone)] : report.unposted.map((i) => line(`- ${unpostedLine(i)}`))),
    ],
  };
  const document = new Document({
    creator: report.commune.agency,
    title: doc.subject,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [main, annex],
  });
  return Packer.toBuffer(document);
}
