// caption: photo captions and credits.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('caption', [
  {
    name: 'a credit on its own line and the short caption above it',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Workers repair the deck of the bridge',
      'Photo by Jane Doe/Reuters',
    ],
    lines: { 4: 'dropped: caption', 5: 'dropped: caption' },
    record: { body: [PROSE] },
  },
  {
    name: 'a caption ending in its credit',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'The bridge at night, seen from the east bank [File: Reuters]',
    ],
    lines: { 4: 'dropped: caption' },
  },
]);

ruleCases('caption', [
  {
    name: 'a caption ending in its photographer and outlet joined by a slash',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Representantes do clube entregam a taça ao ex-presidente - Heinrich Aikawa/Instituto Lula',
      'A worker repairs a neon sign at a workshop in Cincinnati (John Minchillo / AP)',
    ],
    lines: { 4: 'dropped: caption', 5: 'dropped: caption' },
    record: { body: [PROSE] },
  },
  {
    name: 'a menu entry or a button with a slash is no credit',
    text: ['A Headline Here', '', PROSE, '', 'On TV/Radio', '', 'View PDF/Print Mode'],
    others: { 5: 'body', 7: 'body' },
  },
]);

ruleCases('caption', [
  {
    name: 'a photo credit glued to the end of a paragraph is cut off; the paragraph stays',
    text: [
      'A Headline Here',
      '',
      'The minister said on Monday that the new rules would take effect next year after a long debate in parliament, where the opposition had fought the plan for months. Photo: Jane Smith/Reuters',
      '',
      PROSE,
    ],
    cut: { 3: ['caption: Photo: Jane Smith/Reuters'] },
    others: { 3: 'body' },
  },
]);

ruleCases('caption', [
  {
    name: 'a credit line labelled in other languages (`Imagen:`, `Immagine:`, `Фото:`)',
    text: ['A Headline Here', '', PROSE, 'Imagen: EFE', 'Immagine: Ansa', 'Фото: ТАСС', PROSE],
    lines: { 4: 'dropped: caption', 5: 'dropped: caption', 6: 'dropped: caption' },
  },
]);

ruleCases('caption', [
  {
    name: 'a caption ending in the photographer in capitals and the agency in brackets',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Bomberos en Faenza, este domingo. LUCA ROSSI (AP)',
      PROSE,
    ],
    lines: { 4: 'dropped: caption' },
  },
  {
    name: 'a sentence ending in an acronym and brackets is no caption',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'The minister spoke to the UN GENERAL ASSEMBLY (UNGA) on Monday.',
    ],
    others: { 4: 'body' },
  },
]);

ruleCases('caption', [
  {
    name: 'a short caption with the agency in brackets after it',
    text: ['A Headline Here', '', PROSE, 'I vigili del fuoco a Faenza (Ansa)', PROSE],
    lines: { 4: 'dropped: caption' },
  },
]);

ruleCases('caption', [
  {
    name: 'a player’s caption label glued to the caption (`Media captionRescuers …`)',
    text: ['A Headline Here', '', PROSE, 'Media captionRescuers in Faenza', PROSE],
    lines: { 4: 'dropped: caption' },
  },
]);

ruleCases('caption', [
  {
    name: 'a caption under a label of two words, the second in lower case (`Safety fear:`)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Safety fear: Residents wade through a flooded street in Faenza on Sunday morning',
      PROSE,
    ],
    lines: { 4: 'dropped: caption' },
  },
]);

ruleCases('caption', [
  {
    name: 'a short subheading under such a label is text (`Key points: What the law means`)',
    text: ['A Headline Here', '', PROSE, 'Key points: What the new law means for renters', PROSE],
    others: { 4: 'body' },
  },
]);
