/** The legend and the hover card in one shadow-root UI, wired to the annotator and settings. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from '@/assets/overlay.css?inline';
import { Legend } from '@/components/Legend';
import { MentionCard, type MentionCardProps } from '@/components/MentionCard';
import type { MentionType } from '@/utils/analysis/types';
import { describeValue, formatMoney } from '@/utils/format/mention-format';
import { ask } from '@/utils/messaging/messages';
import { MARK_CLASS } from '@/utils/page/highlighter';
import { LABELS } from '@/utils/page/mark-style';
import type { PageAnnotator } from '@/utils/page/page-annotator';
import { conversionLine, conversionTarget } from '@/utils/rates/convert';
import type { RateSet } from '@/utils/rates/types';
import { effectiveCurrency, highlightsOn, legendCollapsed, visibleLabels } from '@/utils/settings';

const save = (write: Promise<unknown>) =>
  write.catch((err) => console.warn('[GT Lens] could not save a setting:', err));

export async function mountOverlay(ctx: ContentScriptContext, annotator: PageAnnotator, startCollapsed: boolean) {
  let collapsed = startCollapsed;
  let position: { index: number; total: number } | null = null;
  let card: (MentionCardProps & { mention: number }) | null = null;
  let root: HTMLElement | null = null;

  const draw = () => {
    if (!root) return;
    render(
      <div class="root">
        <Legend
          counts={annotator.counts()}
          hidden={annotator.hidden}
          highlights={annotator.highlights}
          collapsed={collapsed}
          position={position}
          onToggleLabel={toggleLabel}
          onToggleHighlights={toggleHighlights}
          onToggleCollapsed={() => {
            collapsed = !collapsed;
            void save(legendCollapsed.setValue(collapsed));
            draw();
          }}
          onStep={step}
        />
        {card && <MentionCard {...card} />}
      </div>,
      root,
    );
  };

  function toggleLabel(label: MentionType) {
    if (ctx.isInvalid) return;
    const hidden = new Set(annotator.hidden);
    if (hidden.has(label)) hidden.delete(label);
    else hidden.add(label);
    annotator.setHidden(hidden);
    position = null;
    void save(
      visibleLabels.setValue(
        Object.fromEntries(LABELS.map((l) => [l, !hidden.has(l)])) as Record<MentionType, boolean>,
      ),
    );
  }

  async function toggleHighlights() {
    if (ctx.isInvalid) return;
    card = null;
    position = null;
    await annotator.setHighlights(!annotator.highlights);
    void save(highlightsOn.setValue(annotator.highlights));
  }

  function step(direction: 1 | -1) {
    if (ctx.isInvalid) return;
    const at = annotator.step(direction);
    if (!at) return;
    position = { index: at.position, total: at.total };
    draw();
  }

  // The article's-day rates, asked of the background once, for money cards.
  let rates: Promise<RateSet | null> | null = null;
  const articleRates = () => {
    const day = annotator.state.state === 'article' ? annotator.state.article.published?.slice(0, 10) : undefined;
    if (!day) return Promise.resolve(null);
    rates ??= ask((request) => browser.runtime.sendMessage(request) as Promise<unknown>, {
      type: 'get-rates',
      date: day,
    }).then(
      (reply) => reply ?? null,
      () => null,
    );
    return rates;
  };

  async function addConversion(mention: number, amount: number, currency: string) {
    const [set, target] = await Promise.all([articleRates(), effectiveCurrency()]);
    const line = set && conversionLine(amount, currency, conversionTarget(currency, target), set, formatMoney);
    if (line && card && card.mention === mention) {
      card = { ...card, conversion: line };
      draw();
    }
  }

  function showCard(mark: HTMLElement) {
    const label = mark.dataset.gtlLabel as MentionType;
    if (!annotator.highlights || annotator.hidden.has(label)) return;
    const found = annotator.describe(mark);
    if (!found) return;
    const rect = mark.getBoundingClientRect();
    const index = Number(mark.dataset.gtlMention);
    card = {
      mention: index,
      label,
      text: found.mention.text,
      name: found.entity?.name ?? null,
      count: found.entity ? found.entity.mentions.length : null,
      value: describeValue(found.mention),
      anchor: { top: rect.top, bottom: rect.bottom, left: rect.left },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
    draw();
    const money =
      found.mention.type === 'MONEY' ? (found.mention.value as { amount?: number; currency: string } | null) : null;
    if (money?.amount !== undefined) void addConversion(index, money.amount, money.currency);
  }

  const hideCard = () => {
    if (!card) return;
    card = null;
    draw();
  };
  const markOf = (target: EventTarget | null) =>
    target instanceof Element ? target.closest<HTMLElement>(`mark.${MARK_CLASS}`) : null;
  // On the document, not the body element: the page may replace the body and we mark the new one.
  const container = document;
  // After an update or reload of the extension this script is orphaned: reading ctx.isInvalid
  // removes the overlay, and the marks stay in the page as plain, inert text.
  const onOver = (e: Event) => {
    if (ctx.isInvalid) return;
    const mark = markOf(e.target);
    if (mark) showCard(mark);
  };
  const onOut = (e: Event) => {
    if (ctx.isInvalid) return;
    if (markOf(e.target) && !markOf((e as FocusEvent).relatedTarget)) hideCard();
  };
  const onKey = (e: KeyboardEvent) => e.key === 'Escape' && hideCard();
  for (const [type, fn] of [
    ['mouseover', onOver],
    ['focusin', onOver],
    ['mouseout', onOut],
    ['focusout', onOut],
  ] as const) {
    container.addEventListener(type, fn);
  }
  window.addEventListener('scroll', hideCard, { passive: true });
  document.addEventListener('keydown', onKey);

  const ui = await createShadowRootUi(ctx, {
    name: 'gt-lens-overlay',
    css: overlayCss,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(uiContainer) {
      root = uiContainer;
      draw();
    },
    onRemove() {
      if (root) render(null, root);
      root = null;
    },
  });
  ui.mount();

  const unwatch = [
    visibleLabels.watch((value) => {
      const hidden = new Set(LABELS.filter((l) => !value[l]));
      if ([...hidden].join() !== [...annotator.hidden].join()) annotator.setHidden(hidden);
    }),
    highlightsOn.watch((on) => {
      if (on !== annotator.highlights) void annotator.setHighlights(on);
    }),
  ];

  return {
    update: draw,
    remove() {
      unwatch.forEach((u) => u());
      for (const [type, fn] of [
        ['mouseover', onOver],
        ['focusin', onOver],
        ['mouseout', onOut],
        ['focusout', onOut],
      ] as const) {
        container.removeEventListener(type, fn);
      }
      window.removeEventListener('scroll', hideCard);
      document.removeEventListener('keydown', onKey);
      ui.remove();
    },
  };
}
