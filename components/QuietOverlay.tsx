import { Component, type ComponentChildren } from 'preact';

/**
 * Catches what the overlay's rendering throws, so that nothing reaches the page (the content
 * script never throws into it): in a script the extension's reload or update has orphaned, every
 * word asked of `i18n` throws "Extension context invalidated", and a re-render that came before
 * the script noticed (a card opening as the reload went through, 1 run in 6) threw from Preact's
 * own task. The overlay then shows nothing; the script's end takes its host away.
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
