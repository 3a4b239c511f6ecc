// Editable Word version of a statement: real heading styles, real footnotes
// and real (Word-numbered) lists, built from the same Markdown tree as the PDF.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  TabStopType,
  TextRun,
  type ISectionOptions,
  type ParagraphChild,
} from 'docx';
import { withBreakOpportunities } from './break-opportunities.ts';
import { documentHeadingLevel, markdownToTree, type BlockNode, type InlineNode, type MarkdownTree } from './markdown-tree.ts';
import { languageParts, startsRightToLeft } from './text-direction.ts';
import { DocumentRenderError, type DocumentListEntry, type StatementDocument } from './types.ts';

const FONT = 'Noto Sans';
const A4 = { width: 11906, height: 16838 }; // twips
const MARGIN = 1247; // 2.2 cm
const HALF_POINTS = (pt: number) => Math.round(pt * 2);
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const BULLETS = ['•', '–', '◦'];

/** Characters XML 1.0 cannot carry; Word refuses a file that contains them. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text Word can carry, with break opportunities in overlong unbroken runs (break-opportunities.ts). */
function xmlSafe(text: string): string {
  return withBreakOpportunities(text.replace(LONE_SURROGATE, '\uFFFD').replace(XML_INVALID, ''));
}

interface NumberingConfig {
  reference: string;
  levels: { level: number; format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start: number; alignment: (typeof AlignmentType)[keyof typeof AlignmentType]; style: { paragraph: { indent: { left: number; hanging: number } } } }[];
}

interface Context {
  rtl: boolean;
  tree: MarkdownTree;
  numbering: NumberingConfig[];
  footnotes: Record<number, { children: Paragraph[] }>;
  footnoteNumbers: Map<number, number>;
  orderedLists: number;
}

/** Renders the statement as a .docx file (Word, LibreOffice); throws DocumentRenderError on failure. */
export async function renderDocx(doc: StatementDocument): Promise<Buffer> {
  try {
    return await Packer.toBuffer(buildDocx(doc));
  } catch (error) {
    if (error instanceof DocumentRenderError) throw error;
    throw new DocumentRenderError(`DOCX render failed: ${(error as Error).message}`, 'compile', { cause: error });
  }
}

/** Builds the docx object model; exported for tests that inspect it. */
export function buildDocx(doc: StatementDocument): Document {
  const language = languageParts(doc.language);
  const tree = markdownToTree(doc.bodyMarkdown);
  const ctx: Context = {
    rtl: language.rtl,
    tree,
    footnotes: {},
    footnoteNumbers: new Map(),
    orderedLists: 0,
    numbering: [
      {
        reference: 'statement-bullets',
        levels: BULLETS.map((text, level) => ({ level, format: LevelFormat.BULLET, text, start: 1, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } } })),
      },
    ],
  };

  // Footnote bodies first, so references can point at their Word ids.
  for (const def of tree.footnotes) {
    const paragraphs = def.blocks.flatMap((block) => blockParagraphs(block, ctx, 0));
    ctx.footnotes[def.number] = { children: paragraphs.length > 0 ? paragraphs : [new Paragraph('')] };
    ctx.footnoteNumbers.set(def.number, def.number);
  }

  const head: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: ctx.rtl, children: [run(doc.title, ctx.rtl)] }),
  ];
  if (doc.labels.countLine) head.push(new Paragraph({ bidirectional: ctx.rtl, children: [run(doc.labels.countLine, ctx.rtl, { bold: true })] }));
  if (doc.dateLine) head.push(new Paragraph({ style: 'DateLine', bidirectional: ctx.rtl, children: [run(doc.dateLine, ctx.rtl)] }));
  const body = tree.blocks.flatMap((block) => blockParagraphs(block, ctx, 0));

  const numbering = ctx.numbering;

  const footer = new Footer({
    children: [
      new Paragraph({
        style: 'FooterLine',
        bidirectional: ctx.rtl,
        tabStops: [{ type: TabStopType.END, position: A4.width - 2 * MARGIN }],
        children: [
          ...(doc.labels.editionLine ? [run(doc.labels.editionLine, ctx.rtl)] : []),
          new TextRun({ children: ['\t', PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
  const page = { size: A4, margin: { top: MARGIN, bottom: 1360, left: MARGIN, right: MARGIN } };

  const sections: ISectionOptions[] = [];
  let pending: Paragraph[] = [...head, ...body];
  const lists: { heading: string; entries: DocumentListEntry[]; note: string | null; key: string }[] = [
    { heading: doc.labels.signatoriesHeading, entries: doc.signatories, note: doc.confidentialCount > 0 ? doc.labels.confidential : null, key: 'signatories' },
    { heading: doc.labels.addendumHeading, entries: doc.addendum, note: null, key: 'addendum' },
    { heading: doc.labels.individualsHeading, entries: doc.individuals, note: null, key: 'individuals' },
  ];
  for (const list of lists) {
    if (list.entries.length === 0 && !list.note) continue;
    pending.push(new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: ctx.rtl, keepNext: true, children: [run(list.heading, ctx.rtl)] }));
    if (list.entries.length > 0) {
      // One-column part so far, then the names in two columns (continuous section break).
      sections.push(section(pending, sections.length === 0, page, footer, 1));
      pending = [];
      sections.push(section(numberedList(list.key, list.entries, ctx), false, page, footer, 2));
    }
    if (list.note) pending.push(new Paragraph({ style: 'ListNote', bidirectional: ctx.rtl, children: [run(list.note, ctx.rtl, { italics: true })] }));
  }
  if (pending.length > 0 || sections.length === 0) sections.push(section(pending, sections.length === 0, page, footer, 1));

  return new Document({
    title: xmlSafe(doc.title),
    creator: 'Undersigned',
    footnotes: ctx.footnotes,
    numbering: { config: numbering },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: HALF_POINTS(10), language: { value: doc.language, bidirectional: language.rtl ? doc.language : undefined } },
          paragraph: { spacing: { after: 120, line: 264 } },
        },
        title: { run: { font: FONT, size: HALF_POINTS(16), bold: true, color: '000000' }, paragraph: { spacing: { after: 120 } } },
        heading1: { run: { font: FONT, size: HALF_POINTS(13), bold: true, color: '000000' }, paragraph: { spacing: { before: 300, after: 140 }, keepNext: true } },
        heading2: { run: { font: FONT, size: HALF_POINTS(11.5), bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 }, keepNext: true } },
        heading3: { run: { font: FONT, size: HALF_POINTS(10.5), bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 }, keepNext: true } },
        hyperlink: { run: { color: '1A4F8B', underline: {} } },
        footnoteText: { run: { font: FONT, size: HALF_POINTS(8) }, paragraph: { spacing: { after: 40 } } },
      },
      paragraphStyles: [
        { id: 'DateLine', name: 'Date Line', basedOn: 'Normal', run: { italics: true, color: '5A5A5A' }, paragraph: { spacing: { after: 240 } } },
        { id: 'Signatory', name: 'Signatory', basedOn: 'Normal', run: { size: HALF_POINTS(9) }, paragraph: { spacing: { after: 40, line: 240 } } },
        { id: 'ListNote', name: 'List Note', basedOn: 'Normal', paragraph: { spacing: { before: 160 } } },
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', paragraph: { indent: { left: 567 }, border: { left: { style: 'single', size: 12, color: 'AAAAAA', space: 8 } } } },
        { id: 'FooterLine', name: 'Footer Line', basedOn: 'Normal', run: { size: HALF_POINTS(8), color: '5A5A5A' } },
      ],
    },
    sections,
  });
}

type PageOptions = NonNullable<NonNullable<ISectionOptions['properties']>['page']>;

function section(children: Paragraph[], first: boolean, page: PageOptions, footer: Footer, columns: 1 | 2): ISectionOptions {
  return {
    properties: {
      ...(first ? {} : { type: SectionType.CONTINUOUS }),
      page,
      column: columns === 2 ? { count: 2, space: 567, equalWidth: true } : { count: 1 },
    },
    footers: { default: footer },
    children: children.length > 0 ? children : [new Paragraph('')],
  };
}

/** A real Word numbered list; each run of consecutive numbers is one list starting at its first number. */
function numberedList(key: string, entries: DocumentListEntry[], ctx: Context): Paragraph[] {
  const numbering = ctx.numbering;
  const paragraphs: Paragraph[] = [];
  const widest = String(entries.reduce((max, e) => Math.max(max, e.number), 0)).length;
  const hanging = 160 + 110 * (widest + 1);
  let reference = '';
  let expected = Number.NaN;
  for (const [i, entry] of entries.entries()) {
    if (!Number.isSafeInteger(entry.number) || typeof entry.name !== 'string') {
      throw new DocumentRenderError(`${key} entry ${i} has no valid number or name`, 'invalid-input');
    }
    if (entry.number !== expected) {
      reference = `${key}-${numbering.length}`;
      numbering.push({
        reference,
        levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: entry.number, alignment: AlignmentType.END, style: { paragraph: { indent: { left: hanging, hanging } } } }],
      });
    }
    expected = entry.number + 1;
    const rtl = startsRightToLeft(entry.name);
    const children: ParagraphChild[] = [run(entry.name, rtl)];
    // The country follows the name in the paragraph's direction; marked right-to-left only when written so.
    if (entry.country) children.push(run(` (${entry.country})`, startsRightToLeft(entry.country), { color: '5A5A5A' }));
    paragraphs.push(new Paragraph({ style: 'Signatory', bidirectional: ctx.rtl, numbering: { reference, level: 0 }, children }));
  }
  return paragraphs;
}

function run(text: string, rtl: boolean, extra: { bold?: boolean; italics?: boolean; strike?: boolean; color?: string; superScript?: boolean; style?: string } = {}): TextRun {
  return new TextRun({ text: xmlSafe(text), rightToLeft: rtl || undefined, ...extra });
}

interface Marks { bold?: boolean; italics?: boolean; strike?: boolean }

function inlineRuns(nodes: InlineNode[], ctx: Context, marks: Marks = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(run(node.text, ctx.rtl && startsRightToLeft(node.text), marks));
        break;
      case 'code':
        out.push(new TextRun({ text: xmlSafe(node.text), font: 'Courier New', ...marks }));
        break;
      case 'linebreak':
        out.push(new TextRun({ break: 1 }));
        break;
      case 'strong':
        out.push(...inlineRuns(node.children, ctx, { ...marks, bold: true }));
        break;
      case 'em':
        out.push(...inlineRuns(node.children, ctx, { ...marks, italics: true }));
        break;
      case 'strike':
        out.push(...inlineRuns(node.children, ctx, { ...marks, strike: true }));
        break;
      case 'link': {
        const children = inlineRuns(node.children, ctx, marks);
        if (/^(https?:|mailto:)/i.test(node.href)) {
          const runs = node.children.length > 0 ? inlineText(node.children) : node.href;
          out.push(new ExternalHyperlink({ link: node.href, children: [new TextRun({ text: xmlSafe(runs), style: 'Hyperlink', ...marks })] }));
        } else {
          out.push(...children);
        }
        break;
      }
      case 'footnoteRef': {
        const id = ctx.footnoteNumbers.get(node.footnote);
        if (id === undefined) break;
        // Word has no second reference to one footnote; a repeated citation repeats its number.
        out.push(node.first ? new FootnoteReferenceRun(id) : new TextRun({ text: String(id), superScript: true }));
        break;
      }
    }
  }
  return out;
}

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((n) => ('text' in n ? n.text : 'children' in n ? inlineText(n.children) : '')).join('');
}

function blockParagraphs(block: BlockNode, ctx: Context, depth: number, listStyle?: { reference: string; level: number; instance?: number }): Paragraph[] {
  const common = { bidirectional: ctx.rtl };
  switch (block.type) {
    case 'paragraph':
      return [new Paragraph({ ...common, alignment: AlignmentType.JUSTIFIED, ...(listStyle ? { numbering: listStyle, alignment: AlignmentType.START } : {}), children: inlineRuns(block.children, ctx) })];
    case 'heading':
      return [new Paragraph({ ...common, heading: HEADINGS[documentHeadingLevel(ctx.tree, block.level) - 1]!, children: inlineRuns(block.children, ctx) })];
    case 'bulletList':
    case 'orderedList': {
      const ordered = block.type === 'orderedList';
      const level = Math.min(depth, 2);
      let reference = 'statement-bullets';
      if (block.type === 'orderedList') {
        // Each ordered list is its own Word list, starting where the Markdown starts it.
        reference = `statement-ordered-${++ctx.orderedLists}`;
        ctx.numbering.push({
          reference,
          levels: [0, 1, 2].map((l) => ({ level: l, format: LevelFormat.DECIMAL, text: `%${l + 1}.`, start: block.start, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 400 * (l + 1), hanging: 320 } } } })),
        });
      }
      return block.items.flatMap((item) =>
        item.flatMap((child, i) => {
          if (child.type === 'bulletList' || child.type === 'orderedList') return blockParagraphs(child, ctx, depth + 1);
          const style = i === 0 ? { reference, level } : undefined;
          return blockParagraphs(child, ctx, depth, style);
        }),
      );
    }
    case 'blockquote':
      return block.children.flatMap((child) =>
        child.type === 'paragraph' ? [new Paragraph({ ...common, style: 'Quote', children: inlineRuns(child.children, ctx) })] : blockParagraphs(child, ctx, depth),
      );
    case 'codeBlock':
      return block.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: xmlSafe(line), font: 'Courier New' })] }));
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: 'single', size: 6, color: 'AAAAAA', space: 1 } }, children: [] })];
  }
}
