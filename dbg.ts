import { analyze } from './utils/analysis/analyze';
const r = analyze({ published: null, paragraphs: ['A Nongfu Spring plant in Hangzhou', 'Shares of bottled water giant Nongfu Spring soared.', "Nongfu's shares were overbought."] });
console.log(r.mentions.map((m) => `${m.paragraph} ${m.type} ${m.text} ${m.entity}`));
