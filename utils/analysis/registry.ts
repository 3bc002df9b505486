/**
 * What the article has named so far, for short forms and repeats. Every lookup can be noted, so
 * that a run decided before a later name was defined can be replayed cheaply when the registry
 * still answers its lookups the same way, and decided again only when it does not.
 */
import type { EntityReason } from './entity-rules';
import { ADMIN_HEADS, DEMONYMS, isCommonWord, isPinyinGiven, ORG_HEADS, ORGS, PLACES, SURNAMES } from './knowledge';
import type { EntityType } from './types';

export interface NamedSpan {
  type: EntityType;
  start: number;
  end: number;
  /** The entity's full name: the span's own text, or the name a short form refers back to. */
  name: string;
  /** The rule that made it (annotate --explain). */
  reason: EntityReason;
}

/** A word that refers back to a name ("Ma", "CASIC"), and the rule that made it one. */
export interface ShortForm {
  type: EntityType;
  name: string;
  reason: EntityReason;
}

const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** What the registry holds. Every change goes through `Registry.set`, so a failed replay undoes it. */
interface Held {
  readonly names: Map<string, EntityType>;
  readonly shortForms: Map<string, ShortForm>;
  /** Names the article gave a ship ("the aircraft carrier Shandong"): no place anywhere in it. */
  readonly vessels: Map<string, true>;
  /** The rule that first made each name, for --explain only: no decision reads it. */
  readonly reasons: Map<string, EntityReason>;
}

const sameShortForm = (a: ShortForm | undefined, b: ShortForm | undefined) =>
  a === b || (!!a && !!b && a.type === b.type && a.name === b.name && a.reason === b.reason);

/**
 * Every lookup a decision may make: how it reads the registry, and when two answers are the same.
 * A decision reads the registry only through `ask`, which notes the lookup; replay asks again
 * through this same table, so a new lookup is replayed as soon as it is declared here.
 */
const LOOKUPS = {
  typeOf: { read: (h: Held, name: string) => h.names.get(name), same: Object.is },
  shortForm: { read: (h: Held, word: string) => h.shortForms.get(word), same: sameShortForm },
  isVessel: { read: (h: Held, name: string) => h.vessels.has(name), same: Object.is },
};

/** Every change a decision may make, replayed as it was made. */
const CHANGES = {
  add: (r: Registry, span: NamedSpan, text: string) => r.add(span, text),
  alias: (r: Registry, short: string, form: ShortForm) => r.alias(short, form),
  addVessel: (r: Registry, name: string, _: undefined) => r.addVessel(name),
};

type Lookup = keyof typeof LOOKUPS;
type Change = keyof typeof CHANGES;
type KeyOf<L extends Lookup> = Parameters<(typeof LOOKUPS)[L]['read']>[1];
type AnswerOf<L extends Lookup> = ReturnType<(typeof LOOKUPS)[L]['read']>;

/** One noted event: a lookup with its key and answer, or a change with its two arguments. */
export type RegistryEvent =
  | { [L in Lookup]: [L, KeyOf<L>, AnswerOf<L>] }[Lookup]
  | { [C in Change]: [C, Parameters<(typeof CHANGES)[C]>[1], Parameters<(typeof CHANGES)[C]>[2]] }[Change];

/**
 * What a decision looked up and changed, as flat triples (one RegistryEvent each), not an array
 * per event: a long article notes tens of thousands, all kept until the last paragraph is read.
 */
export type RegistryLog = RegistryEvent[number][];

/** What a change replaced, to put back when a replay fails. */
interface Undo {
  map: Map<string, unknown>;
  key: string;
  had: boolean;
  prev: unknown;
}

export class Registry {
  private readonly held: Held = { names: new Map(), shortForms: new Map(), vessels: new Map(), reasons: new Map() };
  /** While recording: every lookup and change, in order. */
  log: RegistryLog | null = null;
  /** While replaying: how to undo each change, so a failed replay leaves no trace. */
  private undo: Undo[] | null = null;

  /** Reads the registry and notes the lookup. */
  private ask<L extends Lookup>(kind: L, key: KeyOf<L>): AnswerOf<L> {
    const answer = (LOOKUPS[kind].read as (h: Held, key: KeyOf<L>) => AnswerOf<L>)(this.held, key);
    this.log?.push(kind, key, answer);
    return answer;
  }

  private note<C extends Change>(
    kind: C,
    a: Parameters<(typeof CHANGES)[C]>[1],
    b: Parameters<(typeof CHANGES)[C]>[2],
  ) {
    this.log?.push(kind, a, b);
  }

  typeOf(name: string): EntityType | undefined {
    return this.ask('typeOf', name);
  }

  isVessel(name: string): boolean {
    return this.ask('isVessel', name);
  }

  shortForm(word: string): ShortForm | undefined {
    return this.ask('shortForm', word);
  }

  addVessel(name: string): void {
    this.note('addVessel', name, undefined);
    this.set(this.held.vessels, name, true);
  }

  /** Why the article knows a name: the rule that first made it (not a lookup: no decision reads it). */
  reasonOf(name: string): EntityReason | undefined {
    return this.held.reasons.get(name);
  }

  add(span: NamedSpan, text: string): void {
    this.note('add', span, text);
    const surface = text.slice(span.start, span.end);
    if (surface !== span.name) return; // a short form itself adds nothing new
    this.set(this.held.names, span.name, span.type);
    if (!this.held.reasons.has(span.name)) this.set(this.held.reasons, span.name, span.reason);
    const words = span.name.split(' ');
    if (words.length < 2) return;
    if (span.type === 'PLACE') this.addBarePlace(words);
    if (span.type === 'PERSON') {
      // Chinese names and Korean ones (a hyphenated given name) put the family name first; others last.
      const eastern =
        (SURNAMES.has(words[0]!) && isPinyinGiven(words[1]!)) || (words.length === 2 && words[1]!.includes('-'));
      // "Ferdinand Marcos Jr": the family name stands before a generational suffix.
      const family = GENERATION.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
      const surname = eastern ? words[0]! : words[family]!.replace(/^(?:al|el)-/, '');
      if (!this.held.shortForms.has(surname))
        this.set(this.held.shortForms, surname, { type: 'PERSON', name: span.name, reason: 'short-form' });
    } else if (span.type === 'ORG') {
      const first = words[0]!;
      if (
        !PLACES.has(first) &&
        !DEMONYMS.has(first) &&
        !isCommonWord(first.toLowerCase()) &&
        !ORG_HEADS.has(first) &&
        !this.held.shortForms.has(first)
      ) {
        this.set(this.held.shortForms, first, { type: 'ORG', name: span.name, reason: 'short-form' });
      }
    }
  }

  /**
   * place-head-short: "Rongjiang County" makes "Rongjiang" a place in every mention of the
   * article, before and after (a decision that looked it up is replayed).
   */
  private addBarePlace(words: string[]): void {
    if (words.length > 3 || !ADMIN_HEADS.has(words[words.length - 1]!)) return;
    const bare = words.slice(0, -1).join(' ');
    if (!/^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?$/.test(bare) || this.held.names.has(bare)) return;
    if (PLACES.has(bare) || ORGS.has(bare) || DEMONYMS.has(bare) || isCommonWord(bare.toLowerCase())) return;
    this.set(this.held.names, bare, 'PLACE');
    this.set(this.held.reasons, bare, 'place-head-short');
  }

  alias(short: string, form: ShortForm): void {
    this.note('alias', short, form);
    this.set(this.held.shortForms, short, form);
  }

  /**
   * Replays recorded events: true when every lookup got its recorded answer (the changes stay),
   * false when one did not (every change of this replay is undone, the reasons too).
   */
  replay(events: Readonly<RegistryLog>): boolean {
    const log = this.log;
    this.log = null;
    this.undo = [];
    let same = true;
    for (let i = 0; i < events.length; i += 3) {
      const kind = events[i] as Lookup | Change;
      if (kind in CHANGES) {
        (CHANGES[kind as Change] as (r: Registry, a: unknown, b: unknown) => void)(this, events[i + 1], events[i + 2]);
        continue;
      }
      const { read, same: sameAnswer } = LOOKUPS[kind as Lookup] as {
        read: (h: Held, key: unknown) => unknown;
        same: (a: unknown, b: unknown) => boolean;
      };
      if (!sameAnswer(read(this.held, events[i + 1]), events[i + 2])) {
        same = false;
        this.rollBack(this.undo);
        break;
      }
    }
    this.undo = null;
    this.log = log;
    return same;
  }

  private rollBack(undo: Undo[]): void {
    for (let i = undo.length - 1; i >= 0; i--) {
      const { map, key, had, prev } = undo[i]!;
      if (had) map.set(key, prev);
      else map.delete(key);
    }
  }

  private set<V>(map: Map<string, V>, key: string, value: V): void {
    this.undo?.push({ map: map as Map<string, unknown>, key, had: map.has(key), prev: map.get(key) });
    map.set(key, value);
  }
}
