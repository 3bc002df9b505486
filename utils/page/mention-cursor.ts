/** Where previous/next stands among the shown mentions: nowhere until the first step. */
export class MentionCursor {
  private at = -1;

  /**
   * Steps among `count` mentions and returns the new index (-1 when there are none): from nowhere,
   * Next goes to the first and Previous to the last; both wrap around at the ends.
   */
  step(direction: 1 | -1, count: number): number {
    if (count <= 0) return this.reset();
    const fresh = this.at < 0 || this.at >= count;
    this.at = fresh ? (direction === 1 ? 0 : count - 1) : (this.at + direction + count) % count;
    return this.at;
  }

  /** Stands on `index` (a mention shown by other means), or nowhere for -1. */
  moveTo(index: number): void {
    this.at = index;
  }

  reset(): number {
    this.at = -1;
    return this.at;
  }
}
