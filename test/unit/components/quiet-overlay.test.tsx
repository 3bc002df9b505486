// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuietOverlay } from '@/components/QuietOverlay';

afterEach(cleanup);

/** Stands for the overlay in an orphaned script: asking a word throws, as the extension's i18n then does. */
function Orphaned(): never {
  throw new Error('Extension context invalidated.');
}

describe('QuietOverlay', () => {
  it('shows what it holds', () => {
    render(
      <QuietOverlay>
        <p>Legend</p>
      </QuietOverlay>,
    );
    expect(screen.getByText('Legend')).toBeTruthy();
  });

  it('shows nothing, and throws nothing, when what it holds throws as it renders', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <QuietOverlay>
        <Orphaned />
      </QuietOverlay>,
    );
    expect(container.innerHTML).toBe('');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
