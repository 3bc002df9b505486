/**
 * The reference: the compromise NLP library (with its dates plugin) mapped onto our labels,
 * for bench:accuracy and bench. PERSON, ORG, PLACE, MONEY, PERCENT and DATE are its own
 * people(), organizations(), places(), money(), percentages() and dates(); QUANTITY is a value
 * followed by a unit; CARDINAL is any other number written with digits.
 */
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

export interface ReferenceMention {
  type: string;
  text: string;
  paragraph: number;
}

export function compromiseMentions(paragraphs: readonly string[]): ReferenceMention[] {
  const out: ReferenceMention[] = [];
  paragraphs.forEach((text, paragraph) => {
    const d = nlp(text);
    const push = (type: string, texts: string[]) => {
      for (const t of texts) out.push({ type, text: t, paragraph });
    };
    const money = d.money().out('array') as string[];
    const percent = d.percentages().out('array') as string[];
    const dates = (d as unknown as { dates(): { out(f: string): string[] } }).dates().out('array');
    const quantity = (d.match('#Value+ #Unit').out('array') as string[]).filter(
      (q) => !money.some((m) => m.includes(q)) && !percent.some((p) => p.includes(q)),
    );
    const covered = [...money, ...percent, ...dates, ...quantity];
    const cardinal = (d.numbers().out('array') as string[]).filter(
      (n) => /\d/.test(n) && !covered.some((c) => c.includes(n.trim())),
    );
    push('PERSON', d.people().out('array'));
    push('ORG', d.organizations().out('array'));
    push('PLACE', d.places().out('array'));
    push('MONEY', money);
    push('PERCENT', percent);
    push('QUANTITY', quantity);
    push('CARDINAL', cardinal);
    push('DATE', dates);
  });
  return out;
}
