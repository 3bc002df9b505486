import { useState } from 'preact/hooks';
import type { CardContent } from '@/utils/page/card-content';
import { OVERLAY_TEXT, TYPE_NAMES, VOICE_TEXT } from '@/utils/page/overlay-messages';
import { i18n } from '@/utils/page/page-i18n';
import { type CardNative, NATIVE_TEXT } from '@/utils/page/place-lines';

export const CARD_ID = 'gt-lens-card';
const CARD_WIDTH = 260;

export interface MentionCardProps {
  content: CardContent;
  /** Where the mark is on screen, to sit below it (or above near the bottom). */
  anchor: { top: number; bottom: number; left: number };
  viewport: { width: number; height: number };
  /** The pointer may rest on the card (WCAG 1.4.13): the overlay keeps it open meanwhile. */
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
  /** The address of a person's or organization's look-up frame (issue 24), when the overlay offers it. */
  lookupFrame?: string | null;
  /** Steps to the entity's next statement in the page (issue 22). */
  onNextStatement?: () => void;
}

export function MentionCard(props: MentionCardProps) {
  const { content, anchor, viewport, onPointerEnter, onPointerLeave, lookupFrame } = props;
  const below = anchor.bottom + 140 < viewport.height;
  const width = Math.min(CARD_WIDTH, viewport.width - 16);
  const style = {
    width: `${width}px`,
    left: `${Math.max(8, Math.min(anchor.left, viewport.width - width - 8))}px`,
    ...(below ? { top: `${anchor.bottom + 6}px` } : { bottom: `${viewport.height - anchor.top + 6}px` }),
    // Never past the window: a card that grows (a look-up's frame) scrolls within its room.
    maxHeight: `${Math.max(120, below ? viewport.height - anchor.bottom - 14 : anchor.top - 14)}px`,
  };
  return (
    <div
      class="card"
      id={CARD_ID}
      role="tooltip"
      style={style}
      data-label={content.label}
      onMouseEnter={onPointerEnter}
      onMouseLeave={onPointerLeave}
    >
      <p class="card-label">{TYPE_NAMES[content.label]()}</p>
      <p class="card-name">{content.name}</p>
      {content.native && <NativeNames native={content.native} />}
      {content.role && <p class="card-role">{content.role}</p>}
      {content.standsAs && <p class="card-detail">{content.standsAs}</p>}
      {content.count && <p class="card-detail">{content.count}</p>}
      {content.statements && <Statements said={content.statements} onNext={props.onNextStatement} />}
      {content.value && <p class="card-value">{content.value}</p>}
      {content.conversion && <p class="card-detail">{content.conversion}</p>}
      {lookupFrame && <LookupFrame key={lookupFrame} src={lookupFrame} />}
      {content.memoryFrame && (
        <iframe class="card-memory" src={content.memoryFrame} title={OVERLAY_TEXT.memoryFrame()} />
      )}
    </div>
  );
}

/**
 * "Look up", then the look-up's frame in its place, asking at once: the frame (one fixed size,
 * scrolling within when the answer is long) holds the look-up's whole interface.
 */
function LookupFrame({ src }: { src: string }) {
  const [asked, setAsked] = useState(false);
  if (!asked)
    return (
      <p>
        <button type="button" class="card-button" onClick={() => setAsked(true)}>
          {i18n.t('lookUp')}
        </button>
      </p>
    );
  return <iframe class="card-lookup" src={`${src}&go=1`} title={OVERLAY_TEXT.lookupFrame()} />;
}

/** "2 statements in this article", the first's opening words, and a way through them. */
function Statements({ said, onNext }: { said: NonNullable<CardContent['statements']>; onNext?: () => void }) {
  return (
    <div class="card-statements">
      <p class="card-detail">{said.count}</p>
      <p class="card-quote">{said.opening}</p>
      {onNext && (
        <p class="card-detail">
          <button type="button" class="card-button" onClick={onNext}>
            {VOICE_TEXT.next()}
          </button>
          {said.at ? ` ${said.at}` : null}
        </p>
      )}
    </div>
  );
}

/** A Chinese place's own name and where it sits; each candidate when the article does not decide. */
function NativeNames({ native }: { native: CardNative }) {
  return (
    <div class="card-native">
      {native.ambiguous && <p class="card-detail">{NATIVE_TEXT.which()}</p>}
      {native.lines.map((line) => (
        <p key={line.name + line.where} class="card-native-line">
          <span class="card-native-name" lang="zh-Hans">
            {line.name}
          </span>{' '}
          <span class="card-pinyin">{line.pinyin}</span>
          <span class="card-detail card-native-where">{line.where}</span>
        </p>
      ))}
    </div>
  );
}
