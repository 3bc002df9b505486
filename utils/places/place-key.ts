/**
 * How a place's spelling is compared: letters only, lower case, tones and the apostrophe gone,
 * so "Xi'an", "Xīʼān" and "XIAN" meet, and ü reads as u ("Lüliang", "Luliang") or v ("Lvliang").
 */
export const placeKey = (spelling: string) =>
  spelling
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
