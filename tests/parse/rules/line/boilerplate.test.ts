// boilerplate: whole lines every site prints around an article, dropped by kind.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('boilerplate', [
  {
    name: 'comment form, share button, licence, separator, reporting credit',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Leave a Reply',
      'Share this article',
      '© 2020 Some Outlet. All rights reserved.',
      '***',
      '(Reporting by Jane Doe; Editing by John Roe)',
    ],
    lines: {
      4: 'dropped: boilerplate:comment-form',
      5: 'dropped: boilerplate:more-articles',
      6: 'dropped: boilerplate:licence',
      7: 'dropped: boilerplate:rule',
      8: 'dropped: boilerplate:reporting-credit',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence that merely mentions comments stays',
    text: [
      'A Headline Here',
      '',
      'Comments on the plan were due by Friday, the ministry said in a note.',
    ],
    others: { 3: 'body' },
  },
  {
    name: "a captcha's notice is dropped; a paragraph that names reCAPTCHA stays",
    text: [
      'A Headline Here',
      '',
      PROSE,
      'The reCAPTCHA verification period has expired. Please reload the page.',
      'The company said its reCAPTCHA service, which asks visitors to pick out traffic lights and buses in blurry photographs before they may post a comment, would be replaced next year by a check that runs unseen in the browser, after complaints from readers who use screen readers and from site owners who said the puzzles drove people away.',
    ],
    lines: { 4: 'dropped: boilerplate:captcha' },
    others: { 3: 'body', 5: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a licence glued to the end of a paragraph is cut off, and the signature before it',
    text: [
      'A Headline Here',
      '',
      `${PROSE} MH/PA All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.`,
    ],
    cut: {
      3: [
        'boilerplate:licence: All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.',
        'signature: MH/PA',
      ],
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence that speaks of a licence is no footer',
    text: [
      'A Headline Here',
      '',
      'The council said the bar is licensed under the 2003 act until midnight.',
    ],
    others: { 3: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a wire’s sign-off on its own line, and a reporting credit glued to the last paragraph',
    text: [
      'A Headline Here',
      '',
      `${PROSE} (Reporting by Nicole Maestri; Editing by Gerald E. McCormick)`,
      '',
      'To contact the reporter on this story: Adam Satariano in San Francisco at asatariano1@bloomberg.net',
    ],
    lines: { 5: 'dropped: boilerplate:contact' },
    cut: {
      3: [
        'boilerplate:reporting-credit: (Reporting by Nicole Maestri; Editing by Gerald E. McCormick)',
      ],
    },
    record: { body: [PROSE] },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'share, comment, subscribe and read-on buttons in the languages of the news',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Teilen',
      'Compartir en Facebook',
      'Поделиться',
      '12 Kommentare',
      'Commentaires (4)',
      'Suscríbete',
      'Weiterlesen',
      'Werbung',
      'Artikel teilen',
      'Compartir artículo',
      'Partager l’article',
    ],
    lines: {
      4: 'dropped: boilerplate:more-articles',
      5: 'dropped: boilerplate:social',
      6: 'dropped: boilerplate:more-articles',
      7: 'dropped: boilerplate:comment-form',
      8: 'dropped: boilerplate:comment-form',
      9: 'dropped: boilerplate:subscribe',
      10: 'dropped: boilerplate:more-articles',
      11: 'dropped: boilerplate:more-articles',
      12: 'dropped: boilerplate:social',
      13: 'dropped: boilerplate:social',
      14: 'dropped: boilerplate:social',
    },
  },
  {
    name: 'the links of a legal footer and a rights notice, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Impressum',
      'Política de privacidad',
      'Mentions légales',
      'Политика конфиденциальности',
      'Todos los derechos reservados.',
      '<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>',
      'ⓒ 한경닷컴, 무단전재 및 재배포 금지',
    ],
    lines: {
      4: 'dropped: boilerplate:legal',
      5: 'dropped: boilerplate:legal',
      6: 'dropped: boilerplate:legal',
      7: 'dropped: boilerplate:legal',
      8: 'dropped: boilerplate:licence',
      9: 'dropped: boilerplate:licence',
      10: 'dropped: boilerplate:licence',
    },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'reporting credits, syndication notes and disclaimers after the article, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Jane Doe and John Roe contributed reporting.',
      'Con información de EFE y Reuters.',
      'This article originally appeared on The Conversation.',
      'Dieser Artikel erschien zuerst auf Example.de.',
      'The views expressed in this article are those of the author.',
      'A version of this article appears in print on May 22, 2023, Section A, Page 8.',
      'Continue reading the main story',
      'Scroll down for video',
    ],
    lines: {
      4: 'dropped: boilerplate:reporting-credit',
      5: 'dropped: boilerplate:reporting-credit',
      6: 'dropped: boilerplate:syndication',
      7: 'dropped: boilerplate:syndication',
      8: 'dropped: boilerplate:disclaimer',
      9: 'dropped: boilerplate:syndication',
      10: 'dropped: boilerplate:more-articles',
      11: 'dropped: boilerplate:more-articles',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence of the story that says who contributed is text',
    text: ['A Headline Here', '', PROSE, 'Many residents contributed to the report.'],
    others: { 4: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'tag lists, comment and newsletter prompts after the story, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Tags: weather, tides, Lisbon',
      'Schlagwörter: Wetter, Flut',
      'Etiquetas: clima, mareas',
      'Deja un comentario',
      'Kommentar schreiben',
      'Добавить комментарий',
      'Inscreva-se na nossa newsletter',
      'Recevez nos newsletters',
    ],
    lines: {
      4: 'dropped: boilerplate:tags',
      5: 'dropped: boilerplate:tags',
      6: 'dropped: boilerplate:tags',
      7: 'dropped: boilerplate:comment-form',
      8: 'dropped: boilerplate:comment-form',
      9: 'dropped: boilerplate:comment-form',
      10: 'dropped: boilerplate:subscribe',
      11: 'dropped: boilerplate:subscribe',
    },
  },
  {
    name: 'a sentence about a newsletter is text',
    text: ['A Headline Here', '', PROSE, 'The club’s newsletter went out to 200 members.'],
    record: { body: [PROSE, 'The club’s newsletter went out to 200 members.'] },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'comment-policy text after the story: who may comment, whose opinions comments are',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'You must login or create an account to comment.',
      'You must be logged in to leave a comment. Log in or create an account.',
      'The opinions expressed in reader comments are those of the author only.',
    ],
    lines: {
      4: 'dropped: boilerplate:comment-form',
      5: 'dropped: boilerplate:comment-form',
      6: 'dropped: boilerplate:disclaimer',
    },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a reporting credit naming the writer’s agency and role',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Associated Press writer John Smith contributed to this report.',
    ],
    lines: { 4: 'dropped: boilerplate:reporting-credit' },
  },
  {
    name: 'a prompt to follow the outlet on two networks, in several languages; a sentence naming one stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Sigue toda la información internacional en Facebook y Twitter, o en nuestra newsletter semanal.',
      'Suivez-nous sur Facebook, Twitter et Instagram',
      'Sigue la polémica en Twitter por las palabras del ministro.',
    ],
    lines: { 4: 'dropped: boilerplate:social', 5: 'dropped: boilerplate:social' },
    others: { 6: 'body' },
  },
  {
    name: 'the reporter’s address or handle alone on a line',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'maria.keller@example.com',
      'Twitter.com/mariakeller',
      '@mariakeller',
    ],
    lines: {
      4: 'dropped: boilerplate:contact',
      5: 'dropped: boilerplate:contact',
      6: 'dropped: boilerplate:contact',
    },
  },
  {
    name: 'share buttons printed as one line of network names, and a tool button in Czech',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Sdílet článek',
      'Facebook Twitter',
      'Facebook · Twitter · WhatsApp',
    ],
    lines: {
      4: 'dropped: boilerplate:social',
      5: 'dropped: boilerplate:social',
      6: 'dropped: boilerplate:social',
    },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a share row’s and the article tools’ buttons, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'X',
      'Copy link',
      'Flipboard',
      'Dela',
      'Megosztás',
      'Κοινοποίηση',
      'Kopier lenke',
    ],
    lines: {
      4: 'dropped: boilerplate:share',
      5: 'dropped: boilerplate:share',
      6: 'dropped: boilerplate:share',
      7: 'dropped: boilerplate:share',
      8: 'dropped: boilerplate:share',
      9: 'dropped: boilerplate:share',
      10: 'dropped: boilerplate:share',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a comment count and a WordPress comment form’s lines, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Diskuse (23)',
      'Cancel reply',
      'Please enter your comment!',
      'Please enter your email address here',
      'You have entered an incorrect email address!',
      'Annuler la réponse',
      'Veuillez entrer votre commentaire !',
      'Bitte geben Sie hier Ihren Namen ein',
    ],
    lines: {
      4: 'dropped: boilerplate:comment-form',
      5: 'dropped: boilerplate:comment-form',
      6: 'dropped: boilerplate:comment-form',
      7: 'dropped: boilerplate:comment-form',
      8: 'dropped: boilerplate:comment-form',
      9: 'dropped: boilerplate:comment-form',
      10: 'dropped: boilerplate:comment-form',
      11: 'dropped: boilerplate:comment-form',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence that opens with a button’s word stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Del av veien stenges i helgen mens arbeidet pågår, sier kommunen.',
    ],
    others: { 4: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a newsletter box’s pitch, privacy line, placeholder and error, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Get the biggest daily news stories by email',
      'We will use your email address only for sending you newsletters. Please see our Privacy Notice for details.',
      'Invalid Email',
      'Type your email…',
      'Thanks for reading The Night Bus! Subscribe for free to receive new posts and support my work.',
      'Suscríbete a la newsletter de La Voz del Sur y recibe cada mañana las noticias de tu comarca.',
      'Adresse e-mail invalide',
    ],
    lines: {
      4: 'dropped: boilerplate:subscribe',
      5: 'dropped: boilerplate:subscribe',
      6: 'dropped: boilerplate:subscribe',
      7: 'dropped: boilerplate:subscribe',
      8: 'dropped: boilerplate:subscribe',
      9: 'dropped: boilerplate:subscribe',
      10: 'dropped: boilerplate:subscribe',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'prompts to send a tip, report an error or write a letter, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Heeft u een tip voor de redactie? Mail naar tips@example.nl.',
      'Got a tip? Email us at news@example.com.',
      'Spotted an error? Let us know.',
      'Pokud jste v článku zaznamenali chybu, napište nám.',
      'Fehler gefunden? Schreiben Sie uns.',
      'Signaler une erreur',
      'Do you have an opinion on the issues raised in this article? Click here.',
    ],
    lines: {
      4: 'dropped: boilerplate:reader-prompt',
      5: 'dropped: boilerplate:reader-prompt',
      6: 'dropped: boilerplate:reader-prompt',
      7: 'dropped: boilerplate:reader-prompt',
      8: 'dropped: boilerplate:reader-prompt',
      9: 'dropped: boilerplate:reader-prompt',
      10: 'dropped: boilerplate:reader-prompt',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'sentences of a story that speak of tips, errors and newsletters stay',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Police said they had a tip from a neighbour before the raid on the flat in March.',
      'Subscribers complained that the newsletter arrived late for the third week running.',
      'Found a mistake in the ledger, the auditor raised it with the board in April.',
    ],
    others: { 4: 'body', 5: 'body', 6: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a reporting credit naming the writer’s city, contact lines and a feed footer',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Associated Press writer Jane Doe in Atlanta contributed to this report.',
      'Contact Jane Doe at jdoe@example.com or follow her on Twitter @janedoe.',
      'Contact reporter John Roe at jroe@example.com. Follow him on Twitter @jroe.',
      'The post A Headline Here appeared first on The Daily Example.',
      'Der Beitrag Eine Überschrift erschien zuerst auf Beispielblatt.',
    ],
    lines: {
      4: 'dropped: boilerplate:reporting-credit',
      5: 'dropped: boilerplate:contact',
      6: 'dropped: boilerplate:contact',
      7: 'dropped: boilerplate:syndication',
      8: 'dropped: boilerplate:syndication',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence about contacting someone, with no address, stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Contact between the two teams at the border crossing was limited to a few hours a day.',
    ],
    others: { 4: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a share row’s messenger and mail buttons, one a line',
    text: ['A Headline Here', '', PROSE, 'Mail', 'Viber'],
    lines: { 4: 'dropped: boilerplate:share', 5: 'dropped: boilerplate:share' },
    record: { body: [PROSE] },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a photo’s reprint button (`Buy Now`, `Acheter la photo`)',
    text: ['A Headline Here', '', PROSE, 'Buy Now', 'Acheter la photo', PROSE],
    lines: { 4: 'dropped: boilerplate:button', 5: 'dropped: boilerplate:button' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'reporting credits and letters prompts in other languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'El periodista Mario Gil contribuyó a este reportaje.',
      'Jean Dupont a contribué à cet article.',
      'Met medewerking van ANP.',
      'Envíe su carta al director a cartas@example.es.',
      'Schreiben Sie uns einen Leserbrief.',
    ],
    lines: {
      4: 'dropped: boilerplate:reporting-credit',
      5: 'dropped: boilerplate:reporting-credit',
      6: 'dropped: boilerplate:reporting-credit',
      7: 'dropped: boilerplate:reader-prompt',
      8: 'dropped: boilerplate:reader-prompt',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence that says someone contributed to something else stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'El club contribuyó a este éxito con una donación de diez mil euros a la escuela local.',
    ],
    others: { 4: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a prompt to share the story, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Like this story? Share it with a friend.',
      'Gefällt Ihnen dieser Artikel? Teilen Sie ihn.',
      '¿Te ha gustado este artículo? Compártelo.',
    ],
    lines: {
      4: 'dropped: boilerplate:social',
      5: 'dropped: boilerplate:social',
      6: 'dropped: boilerplate:social',
    },
    record: { body: [PROSE] },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a share row’s label between the headline and the date is dropped, and is no byline',
    text: ['A Headline Here', 'Social Sharing', 'Mar 14, 2024 10:30 AM ET', '', PROSE],
    lines: { 2: 'dropped: boilerplate:share' },
    record: { byline: null },
  },
  {
    name: 'a share label in Hindi, Persian and Japanese, alone on its line',
    text: ['A Headline Here', 'By Jane Doe', '', PROSE, 'शेयर करें', 'اشتراک گذاری', 'シェア'],
    lines: {
      5: 'dropped: boilerplate:share',
      6: 'dropped: boilerplate:share',
      7: 'dropped: boilerplate:share',
    },
  },
  {
    name: 'guard: a headline about sharing stays the headline, a name stays the byline',
    text: [
      'Social sharing of homes grows in the city',
      'Jane Sharingham',
      'Mar 14, 2024',
      '',
      PROSE,
    ],
    others: { 1: 'title', 2: 'byline' },
    record: { byline: 'Jane Sharingham' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a share row in non-Latin scripts: its label, its networks, its copy-link button',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'اشتراک گذاری',
      'این خبر را به اشتراک بگذارید',
      'شارك الخبر',
      'فيسبوك',
      'शेयर करें',
      'Поделиться: ВКонтакте Телеграм',
      '分享到：',
      '微信 微博 QQ空间',
      '공유하기',
      '카카오톡',
      'แชร์บทความนี้',
      'ไลน์',
      'LINE',
      'کپی لینک',
      'Partilhar',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 15 }, (_, i) => [i + 4, 'dropped: boilerplate:share']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'a share button above the date line is no place of filing',
    text: [
      'Governo aprova novo plano para a habitação jovem',
      'Partilhar',
      '14 de julho de 2026, 10:32',
      'Por Ana Marques',
      '',
      'O Conselho de Ministros aprovou esta terça-feira um novo plano de apoio à habitação para jovens.',
    ],
    lines: { 2: 'dropped: boilerplate:share' },
    others: { 3: 'date', 4: 'byline' },
  },
  {
    name: 'a headline or paragraph that speaks of shares, or of a line, stays',
    text: [
      'शेयर बाजार में तेजी जारी',
      '',
      'शेयर बाजार में आज लगातार तीसरे दिन तेजी रही और सेंसेक्स पांच सौ अंक चढ़ गया।',
      'Поделиться опытом с коллегами пришли врачи из двенадцати больниц области.',
      'Line 5 of the metro will be closed for repairs from Monday until the end of the month.',
    ],
    others: { 1: 'title', 3: 'body', 4: 'body', 5: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'correction notes and an editor’s note on a change, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Correction: An earlier version of this story misstated the number of votes against the plan.',
      'An earlier version of this article gave the wrong date for the hearing.',
      'Rectificatif : une précédente version de cet article indiquait un mauvais chiffre.',
      'Corrección: una versión anterior de esta nota atribuyó la cita a otro concejal.',
      'Korrektur: In einer früheren Version dieses Artikels hieß es, der Rat habe einstimmig entschieden.',
      'Editor’s note: This story has been updated to include the mayor’s comments.',
      'Nota de la redacción: este artículo fue actualizado con la respuesta del ministerio.',
      '更正：本文此前将会议日期误写为7月13日。',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [i + 4, 'dropped: boilerplate:correction']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'an editor’s note that frames the story, one that opens it, and a sentence about a correction, stay',
    text: [
      'A Headline Here',
      '',
      'Editor’s note: this story was updated on Monday to add the ministry’s answer.',
      PROSE,
      "Editor's note: This is the third article in a series on the towns of the northern coast.",
      'The correction came too late for the council, which had already approved the budget.',
    ],
    others: { 3: 'body', 4: 'body', 5: 'body', 6: 'body' },
  },
  {
    name: 'the note that an interview was edited, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'This interview has been edited for length and clarity.',
      'Responses have been lightly edited for clarity.',
      'Cet entretien a été légèrement raccourci pour plus de clarté.',
      'Esta entrevista ha sido editada por razones de extensión y claridad.',
      'Das Interview wurde gekürzt und redigiert.',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 5 }, (_, i) => [i + 4, 'dropped: boilerplate:editing-note']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'where the text first appeared, a credit of files, the republish button',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Originally published at The Coastal Ledger on March 3, 2026.',
      'Originally published on Medium.',
      'Publicado originalmente en El Diario del Sur.',
      'Publié initialement sur le site de La Gazette.',
      'Ursprünglich veröffentlicht auf der Seite des Nordkuriers.',
      'With files from The Canadian Press',
      'Republish This Story',
      'Republish our articles for free, online or in print, under a Creative Commons license.',
    ],
    lines: {
      4: 'dropped: boilerplate:syndication',
      5: 'dropped: boilerplate:syndication',
      6: 'dropped: boilerplate:syndication',
      7: 'dropped: boilerplate:syndication',
      8: 'dropped: boilerplate:syndication',
      9: 'dropped: boilerplate:reporting-credit',
      10: 'dropped: boilerplate:permission',
      11: 'dropped: boilerplate:permission',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence that opens with “Originally published” stays',
    text: [
      'A Headline Here',
      '',
      'Originally published in 1851, the novel sold fewer than four thousand copies in its author’s lifetime.',
    ],
    others: { 3: 'body' },
  },
  {
    name: 'a reprint’s notes under a Chinese, Japanese or Korean story',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '（原标题：南方强降雨持续 多地启动应急响应）',
      '免责声明：本文仅代表作者个人观点，与本网无关。',
      '转载请注明出处。',
      '未经授权，禁止转载。',
      '無断転載禁止',
      '무단전재 및 재배포 금지',
    ],
    lines: {
      4: 'dropped: boilerplate:syndication',
      5: 'dropped: boilerplate:disclaimer',
      6: 'dropped: boilerplate:licence',
      7: 'dropped: boilerplate:licence',
      8: 'dropped: boilerplate:licence',
      9: 'dropped: boilerplate:licence',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'a newsletter form’s consent line, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'By signing up you agree to our Privacy Policy and Terms of Use.',
      'By submitting your email, you agree to our Terms and Privacy Notice.',
      'En vous inscrivant, vous acceptez nos conditions d’utilisation.',
      'Al suscribirte, aceptas nuestra política de privacidad.',
      'Ao se inscrever, você concorda com a nossa política de privacidade.',
      'Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung.',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [i + 4, 'dropped: boilerplate:subscribe']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence about signing up for something else stays',
    text: [
      'A Headline Here',
      '',
      'By signing up for the programme, farmers agree to leave a fifth of their land unplanted for three years.',
    ],
    others: { 3: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'a prompt to follow the outlet, naming one service, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Síguenos en Google News y en nuestro canal de WhatsApp',
      'Suivez-nous sur Google Actualités',
      'Folgen Sie uns auf Google News',
      'ताजा खबरों के लिए हमें गूगल न्यूज़ पर फॉलो करें',
      'تابعونا على تويتر',
      '关注我们',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [i + 4, 'dropped: boilerplate:social']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'a keyword label of the page: trending topics, hot searches',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Trending: Elections 2026, Heatwave, Transfer news',
      'Tendencias: Copa América, Elecciones',
      '热门搜索：台风 高考 股市',
      '인기 검색어: 장마, 환율',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [i + 4, 'dropped: boilerplate:tags']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'a breadcrumb trail, in the head or above it',
    text: [
      'Home > World > Asia',
      'Floods force thousands from their homes in the north',
      'Inicio › Internacional › América Latina',
      'By Jane Doe',
      '',
      PROSE,
    ],
    lines: { 1: 'dropped: boilerplate:breadcrumb', 3: 'dropped: boilerplate:breadcrumb' },
    others: { 2: 'title', 4: 'byline' },
    record: { body: [PROSE] },
  },
  {
    name: 'a trail that ends in the headline, a comparison and a follow-up stay',
    text: [
      'News > Floods force thousands from their homes in the north',
      '',
      PROSE,
      'Follow-up tests showed no trace of the virus, the ministry said on Monday.',
      'The index rose to 3.2 > the 3.0 the bank had expected, traders said.',
    ],
    others: { 1: 'title', 3: 'body', 4: 'body', 5: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'Japanese share buttons and the article tools’ text-size and print buttons',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'ツイート',
      'はてなブックマーク',
      'LINEで送る',
      '글자 크기',
      '文字サイズ',
      'Schriftgröße',
      'A+ A-',
      '인쇄',
    ],
    lines: {
      4: 'dropped: boilerplate:share',
      5: 'dropped: boilerplate:share',
      6: 'dropped: boilerplate:share',
      7: 'dropped: boilerplate:button',
      8: 'dropped: boilerplate:button',
      9: 'dropped: boilerplate:button',
      10: 'dropped: boilerplate:button',
      11: 'dropped: boilerplate:button',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'tag lists labelled in Thai, Hindi, Persian and Hebrew',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'แท็ก: น้ำท่วม, ภาคเหนือ',
      'टैग: बारिश, दिल्ली',
      'برچسب‌ها: باران، تهران',
      'תגיות: גשם, תל אביב',
    ],
    lines: Object.fromEntries(
      Array.from({ length: 4 }, (_, i) => [i + 4, 'dropped: boilerplate:tags']),
    ),
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence about the size of a font stays',
    text: [
      'A Headline Here',
      '',
      'The font size on the new ballot papers was raised after complaints from older voters.',
    ],
    others: { 3: 'body' },
  },
]);

ruleCases('boilerplate', [
  {
    name: 'more syndication, permission and credit notes under a story',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'This story was originally published by ProPublica.',
      'This article is republished from The Conversation under a Creative Commons license.',
      'Read the original article.',
      'Esta nota fue publicada originalmente en El País.',
      'Ce texte a été publié à l’origine dans Le Devoir.',
      'Dieser Text erschien zuerst bei der Süddeutschen Zeitung.',
      '（本文来源：人民日报）',
      'Reprinted with permission.',
      'Reporting by Jane Doe; Editing by John Roe',
      'Transcript has been edited for clarity.',
      '声明：本文系转载，不代表本站观点。',
    ],
    lines: {
      4: 'dropped: boilerplate:syndication',
      5: 'dropped: boilerplate:syndication',
      6: 'dropped: boilerplate:syndication',
      7: 'dropped: boilerplate:syndication',
      8: 'dropped: boilerplate:syndication',
      9: 'dropped: boilerplate:syndication',
      10: 'dropped: boilerplate:syndication',
      11: 'dropped: boilerplate:permission',
      12: 'dropped: boilerplate:reporting-credit',
      13: 'dropped: boilerplate:editing-note',
      14: 'dropped: boilerplate:disclaimer',
    },
    record: { body: [PROSE] },
  },
  {
    name: 'an update note without the editor’s label, below a paragraph',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Update, March 5: This story has been updated with comments from the state.',
    ],
    lines: { 4: 'dropped: boilerplate:correction' },
    record: { body: [PROSE] },
  },
  {
    name: 'a sentence on reporting by someone, and the head’s source label, stay',
    text: [
      'A Headline Here',
      '2026-07-14 09:32 来源：新华网',
      '',
      PROSE,
      'Reporting by the local paper showed that the council had known of the cracks since 2019.',
    ],
    others: { 4: 'body', 5: 'body' },
    record: { source: '新华网' },
  },
]);
