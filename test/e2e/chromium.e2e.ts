import { join } from 'node:path';
import { describe } from 'vitest';
import { launchChromium, ROOT } from '../../scripts/browsers';
import { extensionSuite } from './extension-suite';

describe('Chromium (MV3 build)', () => {
  extensionSuite(() => launchChromium(join(ROOT, '.output/chrome-mv3')));
});
