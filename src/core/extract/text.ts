// The plain-text path (.txt files, the scan CLI): paragraphs are lines or blank-line separated
// runs; hard-wrapped lines are joined; obvious page furniture is left out of the blocks (the
// text itself is kept unchanged, so offsets are offsets into the file).
import { FURNITURE_HEADING, type Block, type Extracted } from './extract';

const LIST_ITEM = /^\s*(?:[-*•·▪–]|\d+[.)])\s+/;

/** Extracts paragraphs from plain text. mapRange is null (there is no DOM). */
export function extractFromText(text: string): Extracted {
  const lines: Block[] = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0].length) {
    const raw = m[0].replace(/[\r\n]+$/, '');
    lines.push({ start: m.index, end: m.index + raw.length });
  }
  const blocks: Block[] = [];
  let inFurniture = false;
  let prev: Block | null = null;
  let prevBlank = true;
  let prevLineStart = 0; // start of the last non-blank line (always inside `prev` when prev is set)
  for (const ln of lines) {
    const s = text.slice(ln.start, ln.end);
    const t = s.trim();
    if (!t) {
      prevBlank = true;
      prev = null;
      continue;
    }
    const short = t.length < 80 && !/[.!?"”]$/.test(t);
    // Length first: FURNITURE_HEADING backtracks (".*newsletter.*"), quadratic on a long line.
    if (t.length < 60 && FURNITURE_HEADING.test(t)) {
      inFurniture = true;
      prev = null;
      prevBlank = false;
      continue;
    }
    if (inFurniture) {
      if (LIST_ITEM.test(t) || short) {
        prevBlank = false;
        continue;
      }
      inFurniture = false;
    }
    // hard-wrapped continuation: previous line did not end a sentence and this one starts lower-case
    // (only the block's last line is tested: re-scanning the whole growing block made a file of
    // many short lower-case lines quadratic — the fuzz suite's 1 MB "a\n" case took minutes)
    if (prev && !prevBlank && /^[a-z]/.test(t) && !/[.!?:"”]\s*$/.test(text.slice(Math.max(prev.start, prevLineStart), prev.end))) {
      prev.end = ln.end;
    } else {
      prev = { start: ln.start, end: ln.end };
      blocks.push(prev);
    }
    prevLineStart = ln.start;
    prevBlank = false;
  }
  // trim block whitespace
  for (const b of blocks) {
    while (b.start < b.end && /\s/.test(text[b.start]!)) b.start++;
    while (b.end > b.start && /\s/.test(text[b.end - 1]!)) b.end--;
  }
  const first = blocks[0];
  const title = first ? text.slice(first.start, first.end).slice(0, 300) : '';
  return { text, blocks, title, mapRange: () => null, mapPoint: () => null };
}
