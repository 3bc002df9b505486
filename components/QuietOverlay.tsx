import { Component, type ComponentChildren } from 'preact';

/**
 * Catches what the overlay's rendering throws, so that nothing reaches the page (the content
 * script never throws into it): in a script the extension's reload or update has orphaned, every
 * call to the extension throws "Extension context invalidated", and a re-render that came before
 * the script noticed (a card opening as the reload went through, 1 run in 6) threw from Preact's
 * own task. Its words no longer throw (utils/page/page-i18n.ts); the frames' addresses it asks of
 * the extension as it renders still can. The overlay then shows nothing; the script's end takes
 * its host away.
 */
export class QuietOverlay extends Component<{ children: ComponentChildren }, { failed: boolean }> {
  override state = { failed: false };
  static override getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(err: unknown) {
    console.warn('[GT Lens] the legend stopped:', err);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
