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

ruleCases('caption', [
  {
    name: 'a caption ending in a credit labelled in another language (`Beeld:`, `Ảnh:`, `צילום:`, `Fotó:`, `Kuva:`)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Een schets van het nieuwe plein. Beeld: Gemeente Zwolle',
      PROSE,
      'Xe buýt chạy thử trên đường, sáng 11/3. Ảnh: Ngọc Lan',
      PROSE,
      'העבודות בשטח הפארק, השבוע (צילום: רון כהן)',
      PROSE,
      'A medence látványterve (Fotó: Városi Önkormányzat)',
      PROSE,
      'Jäätie maaliskuussa. Kuva: Matti Virtanen / Lehtikuva',
      PROSE,
    ],
    lines: {
      4: 'dropped: caption',
      6: 'dropped: caption',
      8: 'dropped: caption',
      10: 'dropped: caption',
      12: 'dropped: caption',
    },
  },
  {
    name: 'an archive photo’s caption as AP prints it (`FILE - … (AP Photo/Name, File)`)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'FILE - A ballot drop box stands outside the clerk’s office in Aurora, Colo., Nov. 3, 2022. (AP Photo/Jane Roe, File)',
      PROSE,
    ],
    lines: { 4: 'dropped: caption' },
  },
  {
    name: 'a caption line directly above a credit line alone (`Name/Outlet`, `Agency Images/Name`)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'A crew replaces a water line on East Main Street in June.',
      'Jane Doe-Smith/The Desert Example',
      PROSE,
      'A water tanker in Melville during a previous outage.',
      'Gallo Images/Alet Roe',
      PROSE,
      'Renters outside their home in Townsville. (ABC North Queensland: Jane Roe)',
      PROSE,
    ],
    lines: {
      4: 'dropped: caption',
      5: 'dropped: caption',
      7: 'dropped: caption',
      8: 'dropped: caption',
      10: 'dropped: caption',
    },
  },
  {
    name: 'a paragraph that names a label’s word mid-sentence stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Het beeld dat de gemeente schetst, klopt volgens bewoners niet met wat zij elke dag zien.',
    ],
    others: { 4: 'body' },
  },
]);

ruleCases('caption', [
  {
    name: 'a caption above a short credit under a label (`Photo: Name / Outlet`)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Parents fill the boardroom before the meeting.',
      'Photo: Jane Roe / The Example Courier',
      PROSE,
    ],
    lines: { 4: 'dropped: caption', 5: 'dropped: caption' },
  },
  {
    name: 'a long caption under a label is the caption, and the short paragraph above stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'The council meets again in April.',
      'Photo: Residents wade through a flooded street in the old town of Faenza on Sunday morning',
      PROSE,
    ],
    lines: { 5: 'dropped: caption' },
    others: { 4: 'body' },
  },
]);

ruleCases('caption', [
  {
    name: 'a copyright credit alone on its line (`© AFP / Name`); the paragraph above stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'The council meets again in April.',
      '© AFP / Jane Roe',
      PROSE,
    ],
    lines: { 5: 'dropped: caption' },
    others: { 4: 'body' },
  },
]);

ruleCases('caption', [
  {
    name: 'captions and credits with the word for photo of a script without capitals',
    text: [
      'एक शीर्षक यहाँ',
      '',
      'मंत्री ने सोमवार को कहा कि नए नियम अगले साल से लागू होंगे और इस पर संसद में लंबी बहस हुई थी।',
      'नदी पर प्रस्तावित पुल का एक कंप्यूटर चित्र। (फोटो: लोक निर्माण विभाग)',
      'ছবি: সংগৃহীত',
      'تصویر: خبرگزاری',
    ],
    lines: { 4: 'dropped: caption', 5: 'dropped: caption', 6: 'dropped: caption' },
  },
  {
    name: 'the word for photo inside a sentence is no credit',
    text: [
      'एक शीर्षक यहाँ',
      '',
      'मंत्री ने सोमवार को कहा कि नए नियम अगले साल से लागू होंगे और इस पर संसद में लंबी बहस हुई थी।',
      'पुलिस ने बताया कि फोटो खींचने वाले व्यक्ति की पहचान कर ली गई है और उससे पूछताछ की जा रही है।',
    ],
    others: { 4: 'body' },
  },
]);
