/** Two independent HTML parsers, so the reader is not tied to one DOM implementation's quirks. */

import { Window } from 'happy-dom';
import { parsePage } from '../../scripts/parse-page';

export const PARSERS: { name: string; parse: (html: string) => Document }[] = [
  { name: 'linkedom', parse: parsePage },
  {
    name: 'happy-dom',
    parse: (html) => {
      const window = new Window({
        settings: {
          disableJavaScriptEvaluation: true,
          disableJavaScriptFileLoading: true,
          disableCSSFileLoading: true,
        },
      });
      return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    },
  },
];
