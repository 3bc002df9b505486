/**
 * Paragraph text built from live text nodes, whitespace collapsed as a browser renders it,
 * with a map from every character back to the text node and offset it came from, so that
 * the highlighter can turn an analysis offset into a DOM range.
 */
import { runToEnd } from '../slices';

export interface Segment {
  node: Text;
  /** Offset in `node.data` of the segment's first character. */
  nodeStart: number;
  /** Offset in the paragraph text of the segment's first character. */
  start: number;
  length: number;
}

export interface MappedText {
  text: string;
  segments: Segment[];
}

const WORD_RUN = /[^\s\u00a0\u200b\ufeff]+/g;

export class TextMapBuilder {
  private parts: string[] = [];
  private length = 0;
  private segments: Segment[] = [];
  private pendingSpace: { node: Text; offset: number } | null = null;

  get isEmpty(): boolean {
    return this.length === 0;
  }

  /** Adds a text node: runs of non-space characters as they are, each run of spaces as one. */
  append(node: Text): void {
    runToEnd(this.appendSteps(node));
  }

  /** The same, with a step every 20,000 words: a 1 MB text node must not hold the page. */
  *appendSteps(node: Text): Generator<void, void> {
    const data = node.data;
    const words = new RegExp(WORD_RUN.source, 'g');
    let last = 0;
    let count = 0;
    for (let m = words.exec(data); m; m = words.exec(data)) {
      // Leading space is dropped; a run of spaces becomes one, mapped to its first character.
      if (m.index > last && this.length > 0 && !this.pendingSpace) this.pendingSpace = { node, offset: last };
      if (this.pendingSpace) {
        this.emit(' ', this.pendingSpace.node, this.pendingSpace.offset);
        this.pendingSpace = null;
      }
      this.emit(m[0], node, m.index);
      last = m.index + m[0].length;
      if (++count % 20_000 === 0) yield;
    }
    if (last < data.length && this.length > 0 && !this.pendingSpace) this.pendingSpace = { node, offset: last };
  }

  /** Returns the paragraph so far (trailing space dropped) and starts a new one. */
  take(): MappedText {
    const result = { text: this.parts.join(''), segments: this.segments };
    this.parts = [];
    this.length = 0;
    this.segments = [];
    this.pendingSpace = null;
    return result;
  }

  private emit(chunk: string, node: Text, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node && last.nodeStart + last.length === offset) {
      last.length += chunk.length;
    } else {
      this.segments.push({ node, nodeStart: offset, start: this.length, length: chunk.length });
    }
    this.parts.push(chunk);
    this.length += chunk.length;
  }
}
