/**
 * The popup's "Edits" section (issue 25): what changed since the reader's last reading, word by
 * word. Insertions and deletions are <ins> and <del>, each with a visually hidden "added:" or
 * "removed:", so that neither color nor a strike-through alone says which is which.
 */
import { i18n } from '#i18n';
import type { DiffPart, ParagraphEdit } from '@/utils/memory/article-edits';
import type { EditsReply } from '@/utils/memory/article-versions';
import { editedSince } from '@/utils/page/edit-messages';

function Part({ part }: { part: DiffPart }) {
  if (part.change === 'same') return <>{part.text}</>;
  const Tag = part.change === 'added' ? 'ins' : 'del';
  return (
    <Tag>
      <span class="visually-hidden">{part.change === 'added' ? i18n.t('editsInserted') : i18n.t('editsDeleted')} </span>
      {part.text}
    </Tag>
  );
}

const Parts = ({ parts }: { parts: DiffPart[] }) => (
  <>
    {parts.map((p, i) => (
      <Part key={i} part={p} />
    ))}
  </>
);

/** One paragraph's edit: its place (1-based, in today's text; in the text read when removed) and its words. */
function ParagraphChange({ edit }: { edit: ParagraphEdit }) {
  const t = i18n.t;
  switch (edit.change) {
    case 'changed':
      return (
        <>
          <h3>{t('editsParagraph', [String(edit.after + 1)])}</h3>
          <p>
            <Parts parts={edit.parts} />
          </p>
        </>
      );
    case 'added':
      return (
        <>
          <h3>{t('editsParagraphAdded', [String(edit.after + 1)])}</h3>
          <p>
            <Part part={{ change: 'added', text: edit.text }} />
          </p>
        </>
      );
    case 'removed':
      return (
        <>
          <h3>{t('editsParagraphRemoved', [String(edit.before + 1)])}</h3>
          <p>
            <Part part={{ change: 'removed', text: edit.text }} />
          </p>
        </>
      );
  }
}

/** Shown only when the last two versions kept differ; nothing otherwise. */
export function EditsSection({ reply, locale = 'en' }: { reply: EditsReply | null; locale?: string }) {
  if (reply?.code !== 'kept' || !reply.edits?.edited || reply.versions.length < 2) return null;
  const { edits, versions } = reply;
  const readOn = versions[versions.length - 2]!.lastSeen;
  return (
    <section class="edits" aria-labelledby="edits-title" data-testid="edits">
      <h2 id="edits-title">{i18n.t('editsTitle')}</h2>
      <p class="edits-summary">{editedSince(readOn, edits.summary, locale)}</p>
      {edits.headline && (
        <>
          <h3>{i18n.t('editsHeadlineLabel')}</h3>
          <p>
            <Parts parts={edits.headline} />
          </p>
        </>
      )}
      {edits.paragraphs.map((edit) => (
        <ParagraphChange
          key={`${edit.change}-${'before' in edit ? edit.before : ''}-${'after' in edit ? edit.after : ''}`}
          edit={edit}
        />
      ))}
    </section>
  );
}
