import { join } from 'node:path';
import { describe } from 'vitest';
import { launchChromium, ROOT } from '../harness/browsers';
import { extensionSuite } from './extension-suite';

describe('Chromium (MV3 build)', () => {
  extensionSuite(() => launchChromium(join(ROOT, '.output/chrome-mv3')));
});
