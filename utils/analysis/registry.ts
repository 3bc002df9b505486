/**
 * What the article has named so far, for short forms and repeats. Every lookup can be noted, so
 * that a run decided before a later name was defined can be replayed cheaply when the registry
 * still answers its lookups the same way, and decided again only when it does not.
 */
import { DEMONYMS, isCommonWord, isPinyinGiven, ORG_HEADS, PLACES, SURNAMES } from './knowledge';
import type { EntityType } from './types';

export interface NamedSpan {
  type: EntityType;
  start: number;
  end: number;
  /** The entity's full name: the span's own text, or the name a short form refers back to. */
  name: string;
  /** The rule that made it (annotate --explain). */
  reason: string;
}

interface ShortForm {
  type: EntityType;
  name: string;
}

const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/**
 * What a decision looked up and changed, as flat triples: a lookup ('n' a name's type, 's' a
 * short form, 'v' a vessel) with its key and the answer it got, or a change to replay ('add' a
 * span and its text, 'alias' a key and its short form, 'vessel' a name). Flat, not an object per
 * event: a long article notes tens of thousands, all kept until the last paragraph is read.
 */
export type RegistryLog = unknown[];

/** What a change replaced, to put back when a replay fails. */
interface Undo {
  map: Map<string, unknown>;
  key: string;
  had: boolean;
  prev: unknown;
}

export class Registry {
  private readonly names = new Map<string, EntityType>();
  private readonly shortForms = new Map<string, ShortForm>();
  /** Names the article gave a ship ("the aircraft carrier Shandong"): no place anywhere in it. */
  private readonly vessels = new Map<string, true>();
  /** The rule that first made each name, for --explain only: no decision reads it. */
  private readonly reasons = new Map<string, string>();
  /** While recording: every lookup and change, in order. */
  log: RegistryLog | null = null;
  /** While replaying: how to undo each change, so a failed replay leaves no trace. */
  private undo: Undo[] | null = null;

  typeOf(name: string): EntityType | undefined {
    const type = this.names.get(name);
    this.log?.push('n', name, type);
    return type;
  }

  isVessel(name: string): boolean {
    const vessel = this.vessels.has(name);
    this.log?.push('v', name, vessel);
    return vessel;
  }

  addVessel(name: string): void {
    this.log?.push('vessel', name, undefined);
    this.set(this.vessels, name, true);
  }

  /** Why the article knows a name: the rule that first made it. */
  reasonOf(name: string): string | undefined {
    return this.reasons.get(name);
  }

  shortForm(word: string): ShortForm | undefined {
    const short = this.shortForms.get(word);
    this.log?.push('s', word, short);
    return short;
  }

  add(span: NamedSpan, text: string): void {
    this.log?.push('add', span, text);
    const surface = text.slice(span.start, span.end);
    if (surface !== span.name) return; // a short form itself adds nothing new
    this.set(this.names, span.name, span.type);
    if (!this.reasons.has(span.name)) this.reasons.set(span.name, span.reason);
    const words = span.name.split(' ');
    if (words.length < 2) return;
    if (span.type === 'PERSON') {
      // Chinese names and Korean ones (a hyphenated given name) put the family name first; others last.
      const eastern =
        (SURNAMES.has(words[0]!) && isPinyinGiven(words[1]!)) || (words.length === 2 && words[1]!.includes('-'));
      // "Ferdinand Marcos Jr": the family name stands before a generational suffix.
      const family = GENERATION.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
      const surname = eastern ? words[0]! : words[family]!.replace(/^(?:al|el)-/, '');
      if (!this.shortForms.has(surname)) this.set(this.shortForms, surname, { type: 'PERSON', name: span.name });
    } else if (span.type === 'ORG') {
      const first = words[0]!;
      if (
        !PLACES.has(first) &&
        !DEMONYMS.has(first) &&
        !isCommonWord(first.toLowerCase()) &&
        !ORG_HEADS.has(first) &&
        !this.shortForms.has(first)
      ) {
        this.set(this.shortForms, first, { type: 'ORG', name: span.name });
      }
    }
  }

  alias(short: string, type: EntityType, name: string): void {
    const form = { type, name };
    this.log?.push('alias', short, form);
    this.set(this.shortForms, short, form);
  }

  /**
   * Replays recorded events: true when every lookup got its recorded answer (the changes stay),
   * false when one did not (every change of this replay is undone).
   */
  replay(events: Readonly<RegistryLog>): boolean {
    const log = this.log;
    this.log = null;
    this.undo = [];
    let same = true;
    for (let i = 0; i < events.length; i += 3) {
      const [kind, key, value] = [events[i], events[i + 1], events[i + 2]];
      if (kind === 'add') this.add(key as NamedSpan, value as string);
      else if (kind === 'alias') this.alias(key as string, (value as ShortForm).type, (value as ShortForm).name);
      else if (kind === 'vessel') this.addVessel(key as string);
      else if (!this.answers(kind as 'n' | 's' | 'v', key as string, value)) {
        same = false;
        for (let i = this.undo.length - 1; i >= 0; i--) {
          const { map, key, had, prev } = this.undo[i]!;
          if (had) map.set(key, prev);
          else map.delete(key);
        }
        break;
      }
    }
    this.undo = null;
    this.log = log;
    return same;
  }

  /** Whether a lookup would get the same answer now (a short form: the same type and name). */
  private answers(kind: 'n' | 's' | 'v', key: string, answer: unknown): boolean {
    if (kind === 'n') return this.names.get(key) === answer;
    if (kind === 'v') return this.vessels.has(key) === answer;
    const now = this.shortForms.get(key);
    const then = answer as ShortForm | undefined;
    return now === then || (!!now && !!then && now.type === then.type && now.name === then.name);
  }

  private set<V>(map: Map<string, V>, key: string, value: V): void {
    this.undo?.push({ map: map as Map<string, unknown>, key, had: map.has(key), prev: map.get(key) });
    map.set(key, value);
  }
}
