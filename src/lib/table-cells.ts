/**
 * Labels for the cells of a table that stacks on a narrow screen: there each
 * row becomes a card and the column headings are out of sight, so every data
 * cell carries its column's label (data-label) for the stylesheet to show.
 * The labels are the table's own column headings, declared once in the table
 * component; this writes them into the body it rendered.
 */
import { escapeAttr } from './text.ts';

/** Opening and closing tags of rows and cells; text in rendered HTML is escaped, so a '<' always opens a tag. */
const ROW_OR_CELL = /<(\/?)(tr|td|th)\b([^>]*)>/g;

/**
 * `html` with `data-label` on each `td`, the label of the column it starts in.
 * A row's header cell (`th`) takes its column but no label: it heads the card.
 * `colspan` is counted; `rowspan` is not (no table of the portal uses it).
 */
export function labelCells(html: string, labels: readonly string[]): string {
  let column = 0;
  return html.replace(ROW_OR_CELL, (tag, closing: string, name: string, attrs: string) => {
    if (closing) return tag;
    if (name === 'tr') {
      column = 0;
      return tag;
    }
    const at = column;
    column += Number(/\bcolspan="?(\d+)/.exec(attrs)?.[1] ?? 1);
    const label = labels[at];
    if (name === 'th' || label === undefined || /\bdata-label=/.test(attrs)) return tag;
    return `<td${attrs} data-label="${escapeAttr(label)}">`;
  });
}
