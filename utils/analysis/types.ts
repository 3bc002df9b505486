/** The mention model of docs/annotation-guide.md, shared by the engine, the CLI and the UI. */

export type EntityType = 'PERSON' | 'ORG' | 'PLACE';
export type FigureType = 'MONEY' | 'PERCENT' | 'QUANTITY' | 'CARDINAL' | 'DATE';
export type MentionType = EntityType | FigureType;

/** "more than 10,000 yuan" keeps "more than" here, outside the mention's text. */
export type Qualifier =
  | 'more than'
  | 'less than'
  | 'about'
  | 'at least'
  | 'at most'
  | 'up to'
  | 'nearly'
  | 'over'
  | 'under'
  | 'between';

export type DateValue =
  | { date: string } // 2020-12-19
  | { month: string } // 2020-12
  | { year: number; period?: string }
  | { week: string } // Monday of that week
  | { from: DateValue; to: DateValue };

export type FigureValue =
  | { amount?: number; max?: number; currency: string; qualifier?: Qualifier } // MONEY: amount left out when not representable
  | { percent: number; max?: number; points?: true; qualifier?: Qualifier }
  | { amount: number; max?: number; unit: string; qualifier?: Qualifier } // QUANTITY
  | { amount: number; max?: number; qualifier?: Qualifier } // CARDINAL
  | DateValue;

export interface Mention {
  type: MentionType;
  text: string;
  paragraph: number;
  start: number;
  end: number;
  value: FigureValue | null;
  /** Entity index id, for PERSON, ORG and PLACE. */
  entity?: string;
  /** MONEY in brackets that converts another amount: that amount's index in the mention list. */
  conversionOf?: number;
  /** The engine's rule that made it; only when asked for (`annotate --explain`). */
  reason?: string;
}

/** Where a role stands: a paragraph and offsets into it. */
export interface RoleSource {
  paragraph: number;
  start: number;
  end: number;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  /** Indices into the mention list, in article order. */
  mentions: number[];
  salience: number;
  /** The role the article states for a person, or the place it puts a place in (issue 14). */
  role?: string;
  roleSource?: RoleSource;
}

export interface Analysis {
  mentions: Mention[];
  entities: Entity[];
  /** Who is speaking, in paragraph order (issue 22). */
  attributions?: Attribution[];
}

/** Who is speaking (issue 22, docs attribution-guide.md): the kinds of source. */
export type AttributionKind = 'person' | 'organization' | 'state' | 'unnamed';

/** Offsets into one paragraph's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One source speaking in one paragraph, as the attribution guide defines it. */
export interface Attribution {
  paragraph: number;
  /** The fullest name (person, organization), the country (state), the phrase as written (unnamed). */
  source: string;
  kind: AttributionKind;
  /** The source's first reporting cue in the paragraph, as written. */
  cue: string;
  /** The source's own words are in quotation marks in the paragraph. */
  direct: boolean;
  /** The attribution rule that found the statement (utils/analysis/attributions/rules.ts). */
  reason: string;
  /** The rule that read who the source is: a name, a pronoun, a role, a capital, an unnamed phrase. */
  sourceRule: string;
  cueSpan: TextSpan;
  /** Where the paragraph names the source (the pronoun or the role words where it refers back). */
  sourceSpan?: TextSpan;
  /** The entity of a named person or organization: its id and its index in `entities`. */
  entity?: string;
  entityIndex?: number;
  /** The quoted passages that are this source's words. */
  quotes: TextSpan[];
}
