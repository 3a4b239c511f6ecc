// Reading PDFs in tests with MuPDF's WebAssembly build (the `mupdf` package): text, words with
// their boxes, page count and size, fonts, and page images, with no program outside node_modules.
import * as mupdf from 'mupdf';

/** A word as drawn on a page; coordinates in PDF points from the page's top-left corner. */
export interface PdfWord {
  text: string;
  /** 1-based page number. */
  page: number;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
  pageWidth: number;
  pageHeight: number;
}

/** A font a page uses, as a PDF viewer lists it. */
export interface PdfFont {
  /** BaseFont without the subset tag, e.g. `NotoSans-Regular` for `ABCDEF+NotoSans-Regular`. */
  name: string;
  /** `Type0`, `TrueType`, `Type1`, … */
  type: string;
  /** The font program is inside the file, so no reader substitutes another font. */
  embedded: boolean;
}

interface PageRange {
  /** 1-based first page, inclusive. */
  first?: number;
  /** 1-based last page, inclusive. */
  last?: number;
}

function open(bytes: Uint8Array): mupdf.Document {
  return mupdf.Document.openDocument(bytes, 'application/pdf');
}

function pageNumbers(doc: mupdf.Document, range: PageRange): number[] {
  const count = doc.countPages();
  const first = Math.max(1, range.first ?? 1);
  const last = Math.min(count, range.last ?? count);
  const out: number[] = [];
  for (let n = first; n <= last; n++) out.push(n);
  return out;
}

/** The number of pages. */
export function pdfPageCount(bytes: Uint8Array): number {
  const doc = open(bytes);
  try {
    return doc.countPages();
  } finally {
    doc.destroy();
  }
}

/** A page's size in PDF points (1/72 inch). */
export function pdfPageSize(bytes: Uint8Array, page = 1): { width: number; height: number } {
  const doc = open(bytes);
  try {
    const p = doc.loadPage(page - 1);
    const [x0, y0, x1, y1] = p.getBounds();
    p.destroy();
    return { width: x1 - x0, height: y1 - y0 };
  } finally {
    doc.destroy();
  }
}

/**
 * The text in reading order, a block per paragraph or column, pages separated by a form feed
 * (as pdftotext prints it).
 */
export function pdfText(bytes: Uint8Array, range: PageRange = {}): string {
  const doc = open(bytes);
  try {
    return pageNumbers(doc, range)
      .map((n) => {
        const page = doc.loadPage(n - 1);
        const text = page.toStructuredText('preserve-whitespace');
        const out = text.asText();
        text.destroy();
        page.destroy();
        return out;
      })
      .join('\f');
  } finally {
    doc.destroy();
  }
}

/** Every word with its box: runs of characters between spaces, within one line. */
export function pdfWords(bytes: Uint8Array, range: PageRange = {}): PdfWord[] {
  const doc = open(bytes);
  const words: PdfWord[] = [];
  try {
    for (const n of pageNumbers(doc, range)) {
      const page = doc.loadPage(n - 1);
      const [px0, py0, px1, py1] = page.getBounds();
      const size = { pageWidth: px1 - px0, pageHeight: py1 - py0 };
      let current: PdfWord | null = null;
      const end = () => {
        if (current) words.push(current);
        current = null;
      };
      const text = page.toStructuredText('preserve-whitespace');
      text.walk({
        beginLine: end,
        endLine: end,
        onChar(c, _origin, _font, _size, quad) {
          if (/\s/u.test(c)) return end();
          const xs = [quad[0], quad[2], quad[4], quad[6]];
          const ys = [quad[1], quad[3], quad[5], quad[7]];
          const box = { xMin: Math.min(...xs), yMin: Math.min(...ys), xMax: Math.max(...xs), yMax: Math.max(...ys) };
          if (!current) {
            current = { text: c, page: n, ...box, ...size };
            return;
          }
          current.text += c;
          current.xMin = Math.min(current.xMin, box.xMin);
          current.yMin = Math.min(current.yMin, box.yMin);
          current.xMax = Math.max(current.xMax, box.xMax);
          current.yMax = Math.max(current.yMax, box.yMax);
        },
      });
      end();
      text.destroy();
      page.destroy();
    }
    return words;
  } finally {
    doc.destroy();
  }
}

/** The fonts of every page (and of the forms they draw), each once, like `pdffonts`. */
export function pdfFonts(bytes: Uint8Array): PdfFont[] {
  const doc = open(bytes);
  const pdf: mupdf.PDFDocument | null = doc.asPDF();
  if (!pdf) throw new Error('not a PDF');
  const fonts = new Map<string, PdfFont>();
  const seen = new Set<string>();
  const visitResources = (resources: mupdf.PDFObject) => {
    if (resources.isNull()) return;
    const key = resources.isIndirect() ? `r${resources.asIndirect()}` : null;
    if (key) {
      if (seen.has(key)) return;
      seen.add(key);
    }
    resources.get('Font').forEach((ref) => {
      const font = ref.resolve();
      const name = font.get('BaseFont').isName() ? font.get('BaseFont').asName().replace(/^[A-Z]{6}\+/, '') : '';
      const type = font.get('Subtype').isName() ? font.get('Subtype').asName() : '';
      const descendant = font.get('DescendantFonts').isArray() ? font.get('DescendantFonts').get(0).resolve() : font;
      const descriptor = descendant.get('FontDescriptor').resolve();
      const embedded = ['FontFile', 'FontFile2', 'FontFile3'].some((k) => !descriptor.isNull() && !descriptor.get(k).isNull());
      fonts.set(`${name}/${type}/${embedded}`, { name, type, embedded });
    });
    resources.get('XObject').forEach((ref) => {
      const xobject = ref.resolve();
      if (xobject.get('Subtype').isName() && xobject.get('Subtype').asName() === 'Form') visitResources(xobject.get('Resources'));
    });
  };
  try {
    for (let i = 0; i < pdf.countPages(); i++) {
      const page = pdf.loadPage(i);
      visitResources(page.getObject().getInheritable('Resources'));
      page.destroy();
    }
    return [...fonts.values()];
  } finally {
    doc.destroy();
  }
}

/** One page (1-based) as a PNG image at the given resolution. */
export function renderPdfPage(bytes: Uint8Array, page: number, dpi = 80): Uint8Array {
  const doc = open(bytes);
  try {
    const p = doc.loadPage(page - 1);
    const pixmap = p.toPixmap(mupdf.Matrix.scale(dpi / 72, dpi / 72), mupdf.ColorSpace.DeviceRGB, false, true);
    const png = pixmap.asPNG();
    pixmap.destroy();
    p.destroy();
    return png;
  } finally {
    doc.destroy();
  }
}
