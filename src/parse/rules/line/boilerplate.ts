// Whole lines that every site prints around an article: comment forms, subscribe boxes,
// share buttons, licence footers, reporting credits. Each kind is a pattern below. A licence
// footer glued to the end of a paragraph is cut off it.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isProse, wordCount } from '../../text.ts';
import { memoizeShort } from '../../memo.ts';
import { COPY_LINK, SHARE_LABEL, SHARE_NETWORK } from '../../vocabulary.ts';

/** Boilerplate: whole lines, by kind (the kind is the drop reason's second part). */
/** Tried alone, on short lines that hold the word: its run of words would be tried on every
 * line in the alternations below. */
const NEWSLETTER_PROMPT = /^(?:\S{1,30}\s){0,6}newsletter\S{0,3}(?:\s\S{1,30}){0,6}(?<!\.)$/i;
const NEWSLETTER_WORD = /newsletter/i;
const FOREIGN_CREDIT =
  /^.{1,120} (?:(?:contribuyó|colaboró) (?:a|con|en) (?:este|esta) (?:informe|reportaje|nota|información|artículo)|a contribué à cet article|(?:hat|haben) zu diesem (?:bericht|artikel) beigetragen|contribuiu para (?:esta|este) (?:reportagem|matéria|artigo)|ha contribuito a questo articolo)\.?$/i;
const FOREIGN_CREDIT_WORDS = /contribu|colabor|beigetragen/i;
/** `… हमें गूगल न्यूज़ पर फॉलो करें`, `… پر فالو کریں`, `ما را در … دنبال کنید`: a prompt to follow the
 * outlet in a language whose verb ends the line (Hindi, Urdu, Persian). Tried alone, on short
 * lines that hold the verb: its run of words would be tried on every line. */
const FOLLOW_AFTER =
  /^(?:.{0,120}(?:फॉलो|फ़ॉलो) (?:करें|कीजिए).{0,40}|.{0,120}فالو کریں.{0,20}|.{0,80}ما را .{0,40}دنبال کنید.{0,20})$/;
const FOLLOW_AFTER_WORDS = /फॉलो|फ़ॉलो|فالو|دنبال کنید/;
/** `转载请注明出处`, `未经授权，禁止转载`, `無断転載禁止`, `무단전재 및 재배포 금지`: the note that the
 * text may not be reprinted (Chinese, Japanese, Korean). Tried alone, on lines that hold the
 * word to reprint. */
const NO_REPRINT =
  /^[（(【<]?(?:(?:本文|本网|本站)?(?:系|为)?.{0,20}?(?:原创)?[，,]?\s*(?:转载|轉載)请?(?:注明|註明)(?:出处|出處|来源|來源|作者)?.{0,60}|未经(?:许可|授权|授權|允许)[，,]?\s*(?:不得|禁止|严禁|嚴禁)(?:转载|轉載).{0,60}|(?:無断)?転載(?:を)?禁(?:止|じます).{0,20}|무단\s?전재\s?및\s?재배포\s?금지.{0,20})$/;
const NO_REPRINT_WORDS = /转载|轉載|転載|전재/;
/** Patterns tried alone, each on the short lines its words hint at. */
const HINTED: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [NEWSLETTER_PROMPT, NEWSLETTER_WORD],
  [FOREIGN_CREDIT, FOREIGN_CREDIT_WORDS],
  [FOLLOW_AFTER, FOLLOW_AFTER_WORDS],
  [NO_REPRINT, NO_REPRINT_WORDS],
];

/** `Editor's note: This story has been updated to …`: an editor's note on a change to the
 * text, under it, is a correction note. One that opens the text stays (it introduces the
 * story: `Editor’s note: this story was updated on Monday to add …` above the first
 * paragraph), and so does one that frames it (`Editor's note: This is the third of a series`:
 * the verb of a change is asked for). Tried on lines below a paragraph only. */
const EDITOR_NOTE =
  /^(?:editor['’]?s(?:['’])? note|note de la rédaction|n\.d\.l\.r\.?|nota (?:del editor|de la redacción|da redação|da redacção|della redazione)|anmerkung der redaktion|hinweis der redaktion|noot van de redactie|от редакции|примечание редакции|编者按|編者按|编者注|編注|편집자 주)\s*[:：.)-]?\s*(?=.{0,200}(?:updated|corrected|amended|edited|changed|clarif|misstated|misidentified|misspelled|removed|an error|actualizad|corregid|modificad|mis à jour|corrigé|modifié|aktualisiert|korrigiert|geändert|atualizad|corrigid|aggiornat|corrett|bijgewerkt|gecorrigeerd|обновл|исправл|更新|更正|修改|수정)).{1,400}$/i;
/** `Update, March 5: This story has been updated with …`, `This article was corrected …`: the
 * same note without the editor's label, below a paragraph too. */
const UPDATE_NOTE =
  /^(?:(?:update[sd]?|actualización|mise à jour|aktualisierung|atualização|aggiornamento)(?:\s*[,(][^:]{0,40})?\s*[:：]\s*)?(?:this|the) (?:story|article|post|report|piece) (?:has been|was|is being) (?:updated|corrected|amended)\b.{0,400}$/i;

const BOILERPLATE: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'comment-form',
    /^(?:comments?|leave a (?:comment|reply)|post a comment|add (?:a )?comment|\d+ comments?|please enter your (?:comment|name|email)(?: here)?!?|your (?:email address|name|comment).*|name \*|email \*|website|save my name, email.*|notify me of .*|you must (?:be )?log(?:ged )?in(?: or (?:create|register for) an account)? to (?:post a |leave a |add a )?comment.*|comments? (?:are|is) closed.*|show comments?|view comments?)\.?$/i,
  ],
  // The same in other languages, apart: a pattern without `.*` is tried on short lines only.
  [
    'comment-form',
    /^(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarze|komentáře|diskuse|diskuze|komentáre|kommentarer|kommentit|hozzászólások|kommentek|σχόλια|comentarii|komentari|коментари|коментарі|комментарии|комментариев|yorumlar|bình luận|komentar|תגובות|تعليقات|评论|評論|コメント|댓글)(?:\s*\(\d+\))?\.?$/i,
  ],
  // A WordPress comment form's own lines (`Cancel reply`, `Please enter your comment!`, `You
  // have entered an incorrect email address!`), as its themes print them in the languages of
  // the news: short lines, no sentence of a story says so.
  [
    'comment-form',
    /^(?:cancel reply|cancelar respuesta|annuler la réponse|antworten abbrechen|annulla risposta|cancelar resposta|reactie annuleren|anuluj odpowiedź|zrušit odpověď|отменить ответ|скасувати відповідь|cevabı iptal et|avbryt svar|annuller svar|peruuta vastaus|válasz megszakítása|ακύρωση απάντησης|anulează răspunsul|hủy trả lời|batalkan balasan|ביטול תגובה|إلغاء الرد|取消回复|取消回覆)$/i,
  ],
  [
    'comment-form',
    /^(?:¡\s*)?(?:(?:please )?enter your (?:comment|name|e-?mail(?: address)?)(?: here)?|you have entered an (?:incorrect|invalid) e-?mail address|por favor,? (?:ingrese|introduzca|escriba|ingresa|introduce|digite|insira|informe)(?: su| tu| seu| o seu)? (?:comentario|comentário|nombre|nome|dirección de correo(?: electrónico)?|endereço de e-?mail|e-?mail)(?: aquí| aqui)?|has introducido una dirección de correo electrónico incorrecta|você (?:forneceu|digitou|inseriu) um endereço de e-?mail incorreto|veuillez (?:entrer|saisir) votre (?:commentaire|nom|adresse e-?mail)(?: ici)?|vous avez (?:entré|saisi) une adresse e-?mail incorrecte|bitte geben sie (?:hier )?(?:ihren kommentar|ihren namen|ihre e-mail-adresse) (?:hier )?ein|sie haben eine (?:falsche|ungültige) e-mail-adresse eingegeben|per favore inserisci (?:il tuo commento|il tuo nome|il tuo indirizzo e-?mail)(?: qui)?|hai inserito un indirizzo e-?mail (?:errato|non valido)|vul (?:alstublieft |hier )?(?:uw|je) (?:reactie|commentaar|naam|e-mailadres)(?: hier)? in|u heeft een (?:onjuist|ongeldig) e-mailadres ingevoerd|пожалуйста,? введите (?:ваш комментарий|ваше имя|ваш адрес электронной почты)(?: здесь)?|вы ввели (?:неправильный|неверный) адрес электронной почты|lütfen (?:yorumunuzu|isminizi|adınızı|e-posta adresinizi) (?:buraya )?giriniz|hatalı bir e-posta adresi girdiniz|vennligst (?:skriv inn|oppgi) (?:kommentaren din|navnet ditt|e-postadressen din)(?: her)?|du har (?:skrevet inn|oppgitt) en (?:feil|ugyldig) e-postadresse)\s*!?$/i,
  ],
  // `Deja un comentario`, `Kommentar schreiben`: the prompt to comment, in other languages.
  [
    'comment-form',
    /^(?:deja (?:un|tu) comentario|escribe (?:un|tu) comentario|(?:einen )?kommentar (?:schreiben|verfassen)|hinterlasse einen kommentar|laisser un commentaire|laissez un commentaire|ajouter un commentaire|réagir|réagissez|lascia un commento|scrivi un commento|deixe (?:seu|um|o seu) comentário|escreva (?:seu|um) comentário|laat een reactie achter|reageer|dodaj komentarz|napište komentář|добавить комментарий|оставить комментарий|оставьте комментарий|yorum (?:yap|yaz)|أضف تعليق(?:ا|اً)?|发表评论|コメントする|댓글 (?:쓰기|달기))\.?$/i,
  ],
  ['captcha', /recaptcha|please reload the page|i'?m not a robot/i],
  [
    'subscribe',
    /^(?:[›»>]\s*)?(?:subscribe(?: now| to .{1,40}| on youtube)?|sign up(?: for .{1,40})?|newsletter|get (?:our|the) newsletter.*)\s*:?$/i,
  ],
  // A newsletter prompt, in any language that calls it so: a short line with the word, not a
  // sentence (`The club's newsletter went out to 200 members.` is text).
  ['subscribe', NEWSLETTER_PROMPT],
  [
    'subscribe',
    /^(?:abonnieren|jetzt abonnieren|s'abonner|abonnez-vous|suscr[ií]bete|suscribirse|assine(?: já)?|assinar|abbonati|abonneren|subskrybuj|odebírat|подписаться|abone ol|اشترك|订阅|購読する|구독)\s*:?$/i,
  ],
  // A newsletter box inside or under the text: its pitch (`Get the biggest daily news stories
  // by email`), its privacy line, its form's placeholder and error (`Type your email…`,
  // `Invalid Email`), a newsletter's own sign-off (`Thanks for reading NAME! Subscribe for
  // free…`), and a prompt that opens with the verb to subscribe and names the newsletter or
  // the inbox (`Suscríbete a la newsletter de …`), in the languages of the news.
  [
    'subscribe',
    /^(?:(?:get|receive|sign up (?:for|to get|to receive)) (?:the|our) .{1,80} (?:by|via|to your|in your|straight to your) (?:e-?mail|inbox)\.?|we(?: will|'ll|’ll) (?:only )?use your e-?mail(?: address)? (?:only )?(?:for|to) .*|thanks for reading .{1,80}[!.]\s+(?:subscribe|sign up)\b.*|(?:subscribe|sign up|suscr[ií]bete|suscríbase|apúntate|abonnez-vous|inscrivez-vous|abonnieren sie|melden sie sich|iscriviti|assine|inscreva-se|cadastre-se|schrijf je in|meld je aan|abonneer|prenumerera|tilmeld dig|meld deg på|abonner|tilaa|iratkozzon fel|iratkozz fel|εγγραφείτε|zapisz się|zaprenumeruj|přihlaste se|odebírejte|подпишитесь|підпишіться|abone olun|đăng ký|abonează-te|berlangganan|הירשמו|הרשמו)(?=\s).{0,200}?(?:newsletter|nieuwsbrief|nyhetsbrev|nyhedsbrev|uutiskirje|hírlevél|ενημερωτικό|biuletyn|рассылк|розсилк|бюлетень|bülten|bản tin|buletin|ניוזלטר|boletín|infolettre|lettre d['’]information|inbox|posteingang|bandeja de entrada|boîte de réception|caixa de entrada|innboks|inkorg).*)$/i,
  ],
  [
    'subscribe',
    /^(?:(?:invalid|please enter a valid|enter a valid|not a valid) e-?mail(?: address)?|e-?mail (?:non valida|inválido|invalide)|correo (?:electrónico )?(?:no válido|inválido)|adresse e-?mail (?:invalide|non valide)|ungültige e-mail-adresse|ongeldig e-mailadres|nieprawidłowy (?:adres )?e-?mail|neplatný e-?mail|неверный (?:адрес )?e-?mail|geçersiz e-posta(?: adresi)?|(?:type|enter) your e-?mail(?: address)?(?: here)?|(?:escribe|introduce|ingresa) tu (?:correo(?: electrónico)?|e-?mail)|(?:saisissez|entrez) votre (?:adresse )?e-?mail|e-mail-adresse eingeben|inserisci (?:la tua e-?mail|il tuo indirizzo e-?mail)|digite seu e-?mail|vul je e-mailadres in|ange din e-postadress|skriv inn e-postadressen din|wpisz (?:swój )?(?:adres )?e-?mail|zadejte (?:svůj )?e-?mail|введите (?:ваш )?e-?mail|e-posta adresinizi girin)\s*(?:…|\.{3}|[.!])?$/i,
  ],
  // `By signing up you agree to our Privacy Policy`: a newsletter form's consent line, in the
  // languages of the news (the clause opens the line; it speaks of the form, not the story).
  [
    'subscribe',
    /^(?:by (?:signing up|subscribing|registering|submitting your (?:e-?mail|information|details)|entering your e-?mail|clicking (?:["“”']?(?:sign up|subscribe|submit|register)["“”']?)),?\s(?:.{0,40}\b)?(?:you|i) (?:agree|consent|accept|acknowledge)\b.{0,300}|en (?:vous inscrivant|vous abonnant|soumettant|cliquant)\b.{0,40}\bvous acceptez\b.{0,300}|al (?:suscribirte|suscribirse|registrarte|registrarse|hacer clic)\b.{0,40}\bacept(?:as|a)\b.{0,300}|ao (?:se inscrever|se cadastrar|assinar|clicar)\b.{0,40}\b(?:você )?(?:concorda|aceita)\b.{0,300}|mit (?:der|ihrer|deiner) (?:anmeldung|registrierung)\b.{0,60}\b(?:akzeptier|stimm)\w*\b.{0,300}|iscrivendoti\b.{0,40}\baccetti\b.{0,300}|door (?:je|u) (?:aan te melden|in te schrijven)\b.{0,40}\bga (?:je|u) akkoord\b.{0,300}|подписываясь\b.{0,40}\bвы (?:соглашаетесь|принимаете)\b.{0,300})$/i,
  ],
  // Prompts after the article to send the newsroom a tip, report an error in the story, or
  // write a letter about it (`Heeft u een tip voor de redactie? Mail naar …`, `Spotted an
  // error? …`, `Fehler gefunden?`, `Do you have an opinion on the issues raised in this
  // article? …`), in the languages of the news: the question opens the line.
  [
    'reader-prompt',
    /^(?:(?:got|have you got|have|do you have) (?:a )?(?:news |story )?tip|(?:heeft u|hebt u|heb je) een (?:nieuws)?tip|(?:haben sie|hast du) (?:einen )?(?:hinweis|tipp)|¿?(?:tienes|tiene) (?:una )?(?:pista|noticia|información)|(?:vous avez|avez-vous) une (?:info|information)|hai una (?:segnalazione|notizia)|(?:você )?tem (?:uma )?(?:dica|sugestão de pauta)|har du (?:et |ett )?(?:tips|nyhetstips)|onko sinulla (?:uutis)?vinkki|van egy (?:tippje|híre)|máte tip)[^?]{0,80}\?.*$/i,
  ],
  [
    'reader-prompt',
    /^(?:(?:did you )?(?:spot|spotted|find|found|see|seen|notice|noticed) an? (?:error|mistake|typo)|report an? (?:error|mistake|typo|correction)|fehler gefunden|haben sie einen fehler (?:gefunden|entdeckt)|signaler une (?:erreur|faute)|(?:vous avez|avez-vous) (?:repéré|remarqué|trouvé|constaté) une (?:erreur|faute)|¿?(?:has|ha) (?:visto|encontrado|detectado) (?:un|algún) error|(?:encontrou|viu) (?:um )?erro|hai (?:notato|trovato|visto) un errore|segnala(?: un)? errore|(?:een )?fout gezien|zauważyłeś błąd|zgłoś błąd|našli jste chybu|нашли ошибку|знайшли помилку|hata bildir|(?:hittade du|har du hittat) ett fel|(?:fant du|har du funnet) en feil|har du fundet en fejl|löysitkö virheen|hibát talált|βρήκατε (?:κάποιο )?λάθος|a(?:ț|ţ)i găsit o greșeală)(?:[^?.!]{0,60}[?!:].*)?$|^(?:pokud jste v článku (?:zaznamenali|našli) chybu|našli jste v článku chybu)\b.*$/i,
  ],
  [
    'reader-prompt',
    /^(?:(?:do you have|have you got|got) an opinion on (?:the issues raised in )?this (?:article|story|piece)\b.*|(?:if you )?would (?:you )?like to (?:submit|write) a (?:letter|response) (?:to the editor|for publication|about this)\b.*|(?:write|send) (?:us )?a letter to the editor\b.*|(?:schreiben sie (?:uns )?einen leserbrief|leserbrief schreiben|(?:écrivez|écrire) au courrier des lecteurs|envíe (?:su|una) carta al director|escreva (?:uma )?carta (?:ao|à) (?:leitor|redação)|scrivi (?:una lettera )?al direttore|stuur een (?:ingezonden )?brief|skriv et leserinnlegg|skriv en insändare|napisz list do redakcji)(?=[\s.:!,]|$).*)$/i,
  ],
  [
    'more-articles',
    /^(?:more articles|more(?!\s*:)|read more|continue reading(?: the main story)?|scroll down for (?:video|more)|load more|show more|see more|next article|previous article|advertisement|advertising|ad|sponsored|anzeige|reklama|publicité|publicidad|loading\.*|skip to (?:main )?content|back to top|print|share(?: this)?(?: article| story)?|tweet|email|e-mail|whatsapp|facebook|twitter|reddit|linkedin|pinterest|telegram|werbung|pubblicità|publicidade|advertentie|реклама|reklam|إعلان|广告|広告|광고|weiterlesen|lire la suite|leer más|ler mais|continua a leggere|leggi di più|lees meer|czytaj więcej|číst dále|читать далее|devamını oku|اقرأ المزيد|阅读全文|続きを読む|더보기|zum inhalt springen|aller au contenu|ir al contenido|ir para o conteúdo|vai al contenuto|naar (?:de )?inhoud|przejdź do treści|перейти к содержанию|içeriğe geç|teilen|twittern|drucken|partager|imprimer|compartir|imprimir|compartilhar|condividi|stampa|delen|udostępnij|sdílet|поделиться|печать|paylaş|شارك|مشاركة|分享|共有|공유)\s*:?$/i,
  ],
  // A share row's and the article tools' buttons, one a line, in the languages of the news
  // (`X`, Twitter's new name; `Copy link`, `Dela`, `Megosztás`, `Kopier lenke`): a button's
  // words alone on their line, which no paragraph is.
  // A share row's label (`Social Sharing`, `शेयर करें`, `اشتراک گذاری`, `シェア`, `Partilhe`) too:
  // between the headline and the date it looks like a bare name, and is no byline.
  [
    'share',
    /^(?:social sharing|sharing options|share options|share this (?:page|post|video|link)|share on social media|शेयर करें|शेयर|साझा करें|শেয়ার করুন|শেয়ার|شیئر کریں|شیئر|اشتراک[\u200c ]?گذاری|به اشتراک بگذارید|شارك (?:الخبر|المقال)|مشاركة (?:الخبر|المقال)|공유하기|シェア(?:する)?|この記事をシェア(?:する)?|分享到|分享(?:此文|本文)|แชร์|แบ่งปัน|chia sẻ bài viết|bagikan (?:artikel ini|berita ini|artikel|berita)|haberi paylaş|compart(?:ir|e) (?:esta noticia|la noticia|en redes(?: sociales)?)|partilh(?:ar|e)(?: (?:este artigo|esta notícia))?|compartilhe(?: (?:esta notícia|este artigo))?|diesen artikel teilen|jetzt teilen|partage[rz] cet article|condividi (?:la notizia|questo articolo)|μοιραστείτε(?: το)?)$/i,
  ],
  [
    'share',
    /^(?:x|mail|viber|messenger|sms|copy|copy (?:the )?(?:link|url)|link copied|copied|flipboard|bluesky|threads|mastodon|gift (?:this )?article|save (?:this )?article|bookmark|dela(?: artikeln)?|kopiera länk(?:en)?|del(?: artikkelen| artiklen| saken)?|kopier lenke|kopiér link|kopier link|e-post|jaa(?: artikkeli)?|kopioi linkki|sähköposti|megosztás|link másolása|κοινοποίηση|αντιγραφή (?:συνδέσμου|link)|sdílejte|kopírovat odkaz|zdieľať|kopírovať odkaz|kopiuj link|skopiuj link|distribuie|partajează|copiază linkul|podijeli|podeli|kopiraj link|сподели|копирай връзката|поширити|поділитися|копіювати посилання|копировать ссылку|скопировать ссылку|link kopieren|copier le lien|lien copié|copiar (?:el )?enlace|enlace copiado|copia (?:il )?link|copiar (?:o )?link|link copiado|deel|kopieer link|link kopiëren|bağlantıyı kopyala|linki kopyala|chia sẻ|sao chép (?:liên kết|link)|bagikan|salin tautan|שתפו|שיתוף|העתק קישור|نسخ الرابط|复制链接|複製連結|リンクをコピー|링크 복사)$/i,
  ],
  // Buttons of a page's photo viewer and article tools.
  [
    'button',
    /^(?:print article|buy photo|buy (?:this photo|now|reprints?)|order (?:a )?reprint|purchase (?:this )?photo|acheter (?:la|cette) photo|foto kaufen|comprar (?:la )?foto|acquista (?:la )?foto|koop (?:deze )?foto|full ?screen|enlarge image|view (?:all|profile|photos?|gallery)(?: \(\d+\))?|read now|submit|caption|autoplay|skip ad|resize text|share tweet share|\d+ of \d+)$/i,
  ],
  // The article tools' text-size and print buttons, in the languages of the news (`글자 크기`,
  // `文字サイズ`, `字号`, `Schriftgröße`, `A+ A-`).
  [
    'button',
    /^(?:(?:text|font) size|(?:increase|decrease) (?:text|font) size|taille (?:du texte|de la police)|schriftgröße|textgröße|tamaño (?:de )?(?:letra|texto|fuente)|tamanho (?:da fonte|do texto|da letra)|dimensione (?:del )?testo|lettergrootte|rozmiar (?:tekstu|czcionki)|velikost písma|размер шрифта|розмір шрифту|yazı boyutu|cỡ chữ|ukuran (?:teks|huruf)|ขนาดตัวอักษร|अक्षर का आकार|حجم الخط|اندازه (?:متن|فونت)|글자 ?크기|글씨 ?크기|文字サイズ|字号|字號|字体大小|字體大小|a\s?[+-]\s?a\s?[+-]|인쇄|스크랩|印刷|打印|列印)$/i,
  ],
  [
    'social',
    /^(?:follow (?:us|on|me|him|her|them)\b.*|like us on facebook.*|facebook: \S+|twitter: \S+|instagram: \S+|share (?:on|via) .{1,30})$/i,
  ],
  [
    'social',
    /^(?:(?:teilen|partager|compartir|compartilhar|condividi|delen|udostępnij|sdílet|поделиться|paylaş) (?:auf|sur|en|no|na|su|op|w|в|на) .{1,30}|(?:enviar|envoyer|senden|invia|verzenden|wyślij|отправить) (?:por|par|per|via|przez|по) (?:correo|e-?mail|mail|почте)(?: .{1,30})?)$/i,
  ],
  // `Síguenos en Google News`, `Suivez-nous sur …`, `हमें गूगल न्यूज़ पर फॉलो करें`, `تابعونا على
  // …`, `关注我们`: a prompt to follow the outlet, in the languages of the news. The verb with
  // "us" is the prompt's, whatever it names. (Hindi's, Urdu's, Persian's, whose verb ends the
  // line, are FOLLOW_AFTER.)
  [
    'social',
    /^(?:síguenos|siguenos|suivez-nous|suivez nous|folgen sie uns|folge uns|seguici|siga-nos|sigam-nos|volg ons|obserwuj nas|sledujte nás|sledujte nas|подписывайтесь на нас|следите за нами|стежте за нами|bizi takip edin|ikuti kami|theo dõi chúng tôi|تابعونا|تابعنا|关注我们|關注我們|请关注|扫码关注|フォローして(?:ね|ください)|팔로우하세요)(?=[\s:：!,.]|$).{0,160}$/i,
  ],
  ['social', FOLLOW_AFTER],
  // `Sigue toda la información en Facebook y Twitter`: a prompt to follow the outlet, in the
  // languages of the news: the verb first, then two networks (a sentence of the story that
  // opens with `Sigue`, "goes on", names one at most).
  [
    'social',
    /^(?:follow|sigue|siga|síguenos|suivez|suivez-nous|folgen sie|folge uns|segui|seguici|siga-nos|acompanhe|volg|obserwuj|sledujte|подписывайтесь|следите|takip edin)\b.{0,120}\b(?:facebook|twitter|instagram|youtube|telegram|whatsapp|tiktok|linkedin)\b.{0,40}\b(?:facebook|twitter|instagram|youtube|telegram|whatsapp|tiktok|linkedin|x)\b.{0,80}$/i,
  ],
  // `Like this story? Share it …`, `Gefällt Ihnen dieser Artikel?`: a prompt to share the story,
  // in the languages of the news (the question opens the line).
  [
    'social',
    /^(?:(?:did you )?(?:like|liked|enjoy|enjoyed) this (?:story|article|post|piece)\?|gefällt (?:ihnen|dir) (?:dieser|der) (?:artikel|beitrag)\?|¿te (?:ha gustado|gustó) (?:este|el) (?:artículo|reportaje)\?|(?:vous avez|tu as) aimé cet article ?\?|ti è piaciuto (?:questo|l['’]) ?articolo\?|gostou (?:deste|do) (?:artigo|texto)\?|vond je dit (?:artikel|verhaal) (?:leuk|interessant)\?|podobał ci się (?:ten )?artykuł\?|понравилась статья\?).*$/i,
  ],
  // `Facebook Twitter`, `Facebook · Twitter · WhatsApp`: share buttons, one network after another.
  [
    'social',
    /^(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|e-?mail|messenger|vk|viber)\s*[|·•,/]?\s*){2,8}$/i,
  ],
  // `Artikel teilen`, `Compartir artículo`: the article's own tool buttons.
  [
    'social',
    /^(?:(?:artikel|beitrag) (?:teilen|drucken|merken)|(?:compartir|imprimir) (?:el |este )?art[ií]culo|(?:partager|imprimer) (?:l['’]|cet )article|(?:condividi|stampa) (?:l['’]|questo )articolo|(?:compartilhar|imprimir) (?:o |este )?artigo|(?:deel|print) (?:dit |het )?artikel|udostępnij artykuł|sdílet článek|поделиться статьей)$/i,
  ],
  // A share row in any script: its label alone (`शेयर करें`, `اشتراک گذاری`, `分享到：`,
  // `공유하기`), its networks' buttons one a line or in a row (`फेसबुक`, `LINE`, `微信 微博`),
  // the label before them (`Поделиться: ВКонтакте Телеграм`), its copy-link button. (After
  // the rows of Latin network names above, which are `social`; spaces counted, not `\s*`, so
  // that it is tried on short lines only.)
  [
    'share',
    new RegExp(
      `^(?:(?:${SHARE_LABEL}) {0,3}[:：]?|(?:(?:${SHARE_LABEL}) {0,3}[:：]? {0,3})?(?:(?:${SHARE_NETWORK})(?: {0,3}[|·•,/] {0,3}| {1,3}|$)){1,8}|${COPY_LINK})$`,
      'i',
    ),
  ],
  [
    'licence',
    /^(?:all content by .* is licensed under .*|content of this site is licensed under .*|this work is licensed under .*|copyright ©.*|copyright \d{4}\b.*|© ?\d{4}.*|©.{1,80}\b(?:19|20)\d{2}\.?|all rights reserved\.?|版权所有.*|版權所有.*|<?저작권자.*|ⓒ\s*\S.*)$/i,
  ],
  [
    'licence',
    /^(?:todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|všechna práva vyhrazena|все права защищены|tüm hakları saklıdır|جميع الحقوق محفوظة)\.?$/i,
  ],
  ['standards', /^our standards: .*$/i],
  // The links of a page's legal footer, in the languages of the news.
  [
    'legal',
    /^(?:privacy(?: policy| notice| settings)?|cookie(?:s| policy| settings)|terms(?: of (?:use|service))?|terms (?:and|&) conditions|imprint|impressum|datenschutz(?:erklärung)?|aviso legal|política de (?:privacidad|privacidade|cookies)|mentions légales|politique de confidentialité|(?:gestion des )?cookies|privacidade|termos de uso|note legali|informativa (?:sulla )?(?:privacy|cookie)|colofon|polityka prywatności|ochrana osobních údajů|политика конфиденциальности|пользовательское соглашение|gizlilik politikası|kullanım koşulları|سياسة الخصوصية|隐私政策|隱私權政策|プライバシーポリシー|개인정보처리방침)$/i,
  ],
  // `Tags: weather, tides`, `Schlagwörter: …`: the story's tag list, in the languages of the news.
  [
    'tags',
    /^(?:tags?|tagged|keywords|topics|trending(?: now| topics| searches)?|hot topics|popular searches|tendencias|en tendencia|lo más buscado|tendances|en ce moment|im trend|trends|in evidenza|tendências|em alta|populair|trending nu|热门搜索|热搜|热门话题|热门标签|熱門搜尋|熱搜|人気キーワード|注目キーワード|인기 ?검색어|급상승 ?검색어|ट्रेंडिंग|ट्रेंडिंग टॉपिक्स|ترند|پربازدید|الأكثر تداولا|الأكثر بحثا|в тренде|популярное|горячие темы|gündem|trend konular|แท็ก|คำค้น|टैग|टैग्स|برچسب[\s\u200c]?ها|برچسب|کلیدواژه(?:\u200cها)?|תגיות|thẻ|từ khóa|topik|etiquetas|palabras clave|temas|schlagwörter|schlagworte|themen|stichwörter|mots-clés|mots clés|sujets|tópicos|assuntos|argomenti|parole chiave|trefwoorden|tagi|štítky|теги|метки|ключевые слова|etiketler|anahtar kelimeler|الكلمات المفتاحية|وسوم|标签|標籤|关键词|關鍵詞|タグ|태그)\s*[:：]\s*\S.{0,99}$/i,
  ],
  // `— Name (@handle) October 31, 2021`: the signature of an embedded tweet, not the article's date.
  ['tweet-embed', /^[—–-]\s*\S.*\(@\w+\)\s+\S.*\d{4}$/],
  ['share-count', /^this (?:story|article|post) has been shared [\d,.]+ times\b.*$/i],
  ['reporting-credit', /^\((?:additional )?(?:reporting|writing|editing) by [^)]*\)$/i],
  // `Reporting by Jane Doe; Editing by John Roe`: the wire's credits without their brackets,
  // two or more (one alone may open a sentence: `Reporting by the BBC showed …`).
  [
    'reporting-credit',
    /^(?:additional )?(?:reporting|writing|editing|compiled|research) by [^;]{1,80}?(?:\s*;\s*(?:and )?(?:additional )?(?:reporting|writing|editing|compiled|research|graphics) by [^;]{1,80}?)+\.?$/i,
  ],
  // `Jane Doe and John Roe contributed reporting.`, `Associated Press writer Jane Doe
  // contributed to this report.`, `Additional reporting by …`, and the
  // agency and reporting credits other languages print under a story (`Con información de EFE`,
  // `El periodista X contribuyó a este reportaje.`, `Met medewerking van ANP`).
  [
    'reporting-credit',
    /^(?:(?:additional|with) reporting by .{1,120}|with (?:files|reporting|information) from .{1,80}|avec (?:des )?(?:informations|dossiers) (?:de|d['’]) ?.{1,80}|con información de .{1,80}|avec (?:l'|l’)?(?:afp|ap|reuters)|mit material von .{1,60}|com informações d[aeo]s? .{1,80}|con (?:la )?collaborazione di .{1,60}|met medewerking van .{1,60}|med bidrag (?:fra|från) .{1,60})\.?$/i,
  ],
  // `El periodista X contribuyó a este reportaje.`, `X a contribué à cet article.`: the
  // credit other languages print with the verb after the names (tried apart, on lines that
  // hold the verb: its run of names would be tried on every line in the alternations below).
  ['reporting-credit', FOREIGN_CREDIT],
  // (`Associated Press writer Jane Doe in Boston contributed to this report.`: where each
  // writer filed from may follow the name.)
  // Names are capitalised: case matters here, and `\p{Lu}` needs the `u` flag (tried alone).
  [
    'reporting-credit',
    /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|in|from|,|writers?|reporters?|correspondents?|journalists?|staff))*,?\s+contributed(?: reporting| to (?:this|the) (?:report|story|article))?\.$/u,
  ],
  [
    'syndication',
    // (`This report was originally published by NAME at OUTLET` names the byline: headerFields.)
    /^(?:(?:a version of )?this (?:article|story|post|piece|report) (?!.* published by .+? (?:at|on|in) \S)(?:was |has been |is )?(?:originally |first )?(?:appeared|appears|published|adapted|republished|reprinted)\b.*|(?:cet article|ce texte|cette (?:chronique|tribune|analyse)) a (?:d['’]abord |initialement )?été (?:initialement |originellement |d['’]abord )?publiée?.*|(?:este|esta) (?:artículo|artigo|nota|texto|reportagem|matéria|noticia|columna|crónica) (?:fue|foi|ha sido) (?:originalmente )?publicad[oa].*|(?:este|esta) (?:artículo|nota|texto|noticia|columna) se publicó (?:originalmente|primero|inicialmente|por primera vez)\b.*|(?:dieser|dieses) (?:artikel|beitrag|text|kommentar|gastbeitrag|interview) (?:erschien|ist) (?:zuerst|ursprünglich).*|questo articolo è (?:stato )?(?:originariamente )?pubblicato.*|(?:read|view) the original (?:article|story|post)\b.{0,80}|(?:lire|voir) l['’]article original\b.{0,80}|(?:lea|leer|ver) el artículo original\b.{0,80}|(?:leia|ler|veja) o artigo original\b.{0,80}|(?:den )?originalartikel (?:lesen|finden sie)\b.{0,80})$/i,
  ],
  // `Originally published at The Conversation.`, `Publicado originalmente en …`: where the text
  // first appeared, as a note under it, in the languages of the news (no comma but a date's:
  // `Originally published in 1851, the novel …` opens a sentence).
  [
    'syndication',
    /^(?:(?:originally|first) (?:published|appeared|posted) (?:at|on|in|by)|publicado originalmente (?:en|em|por)|originalmente publicado (?:en|em|por)|publié (?:initialement|originellement|d['’]abord|à l['’]origine) (?:sur|dans|par)|ursprünglich (?:veröffentlicht|erschienen) (?:auf|in|bei)|zuerst erschienen (?:auf|in|bei)|pubblicato (?:originariamente|originalmente|inizialmente) (?:su|da|in)|oorspronkelijk (?:gepubliceerd|verschenen) (?:op|in|door|bij)) (?:[^,;]|,(?= ?\d)){1,160}$/i,
  ],
  // `（原标题：…）`: a reprint's note of the title it first had; `免责声明：…`, `特别声明：…`: the
  // reprinting site's disclaimer (Chinese).
  ['syndication', /^[（(]?(?:原标题|原標題|原题|原題)\s*[:：].{1,200}$/],
  ['disclaimer', /^(?:免责声明|免責聲明|特别声明|特別聲明|版权声明|版權聲明)\s*[:：].*$/],
  // `声明：本文系转载，不代表本站观点。`: the plain label, where it speaks of the reprint or the
  // site's view.
  [
    'disclaimer',
    /^(?:声明|聲明)\s*[:：].{0,40}(?:转载|轉載|观点|觀點|立场|立場|本站|本网|本網).*$/,
  ],
  // `（本文来源：人民日报）`, `本文转自…`: where a reprint's text comes from, under it. (A bare
  // `来源：新华网` in the head is the record's source: headerFields.)
  [
    'syndication',
    /^(?:[（(](?:本文)?(?:来源|來源|转自|轉自|出处|出處)\s*[:：]?.{1,60}[）)]|本文(?:来源|來源|转自|轉自|转载自|轉載自|出处|出處)\s*[:：]?.{1,60})$/,
  ],
  // The note that the text may not be reprinted (Chinese, Japanese, Korean).
  ['licence', NO_REPRINT],
  // `The post TITLE appeared first on OUTLET.`: the footer a WordPress feed puts under each
  // story, as its translations print it.
  [
    'syndication',
    /^(?:the post .{1,300} appeared first on|la entrada .{1,300} se publicó primero en|l['’]article .{1,300} est apparu en premier sur|der beitrag .{1,300} erschien zuerst auf|l['’]articolo .{1,300} proviene da|o post .{1,300} apareceu primeiro em|(?:het bericht|de post) .{1,300} verscheen eerst op|wpis .{1,300} pochodzi z serwisu|запись .{1,300} впервые появилась на|сообщение .{1,300} появились сначала на|inlägget .{1,300} dök först upp på|indlægget .{1,300} blev først vist på|innlegget .{1,300} dukket først opp på) .{1,120}$/i,
  ],
  [
    'disclaimer',
    /^(?:disclaimer:.*|the (?:views|opinions) expressed (?:in (?:this (?:article|column|piece)|(?:reader |readers' |user )?comments) )?are (?:those of|the author'?s?|solely).*|les opinions exprimées .*|las opiniones expresadas .*|die (?:hier )?geäußerten meinungen .*)$/i,
  ],
  // `To contact the reporter on this story: Name in City at name@outlet.net`: a wire's sign-off.
  ['contact', /^to contact the (?:reporters?|editors?|writers?|authors?)\b.*$/i],
  // `maria.keller@example.com`, `Twitter.com/mariakeller`, `@mariakeller`: the reporter's
  // address or handle alone on a line, as a sign-off prints it.
  [
    'contact',
    /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/)?(?:www\.)?(?:twitter|x|facebook|instagram|t)\.(?:com|me)\/\w+|@\w{2,30})$/i,
  ],
  // `Contact Jane Doe at jdoe@outlet.com or follow her on Twitter @jdoe.`, `Contact reporter
  // Jane Doe at …`: how to reach the reporter, under the story; the address makes it so.
  [
    'contact',
    /^(?:(?:contact|reach) (?:(?:the )?(?:reporter|writer|author|columnist|editor|correspondent)s? )?\S.{0,80}? at [\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:kontaktieren sie|kontakt|contactez|contacte (?:a|con)|contatta|neem contact op met|skontaktuj się z|kontaktujte|свяжитесь с|зв['’]яжіться з)\s.{0,80}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+).*$/i,
  ],
  ['correction', /^\((?:fixes|corrects|updates|adds|refiles)[^)]*\)$/i],
  // `Correction: An earlier version of this story misstated …`, `Rectificatif : …`, `更正：…`: a
  // correction note under the story, in the languages of the news (the label and its colon,
  // or the sentence such notes open with).
  [
    'correction',
    /^(?:(?:correction|clarification|corrección|rectificación|fe de erratas|aclaración|rectificatif|correctif|erratum|korrektur|berichtigung|richtigstellung|correção|correcção|errata|correzione|rettifica|correctie|rectificatie|sprostowanie|oprava|поправка|исправление|уточнение|düzeltme|تصحيح|更正|訂正|정정)\s*[:：]\s*\S.*|(?:an earlier|a previous|an older|the original) version of this (?:story|article|report|post|piece)\b.*|this (?:story|article|report|post) has been (?:corrected|amended)\b.*|une (?:précédente|première) version de cet article\b.*|una (?:versión anterior|primera versión) de (?:esta|este) (?:nota|artículo|noticia|información)\b.*|in einer früheren version dieses (?:artikels|beitrags)\b.*|uma versão anterior d(?:esta|este) (?:reportagem|texto|artigo|notícia)\b.*|una (?:versione precedente|precedente versione) di questo articolo\b.*|in een eerdere versie van dit artikel\b.*)$/i,
  ],
  // `This interview has been edited for length and clarity.`: the note that the words printed
  // were edited, in the languages of the news.
  [
    'editing-note',
    /^(?:(?:(?:(?:this|the following|the) )?(?:interview|conversation|transcript|exchange|q ?& ?a|discussion|text)|(?:quotes|responses|answers|comments|remarks)) (?:has|have|was|were|is|are)(?: been)? (?:lightly |slightly )?(?:edited|condensed)\b.*|(?:cet|cette|l['’]) ?(?:interview|entretien|entrevue) a été (?:légèrement )?(?:éditée?|modifiée?|raccourcie?|condensée?)\b.*|(?:esta|la) (?:entrevista|conversación) (?:ha sido|fue) (?:ligeramente )?(?:editada|condensada|resumida)\b.*|(?:das|dieses) (?:interview|gespräch) wurde (?:leicht )?(?:gekürzt|redigiert|bearbeitet)\b.*|(?:esta|a) (?:entrevista|conversa) foi (?:ligeiramente )?(?:editada|condensada|resumida)\b.*|(?:questa|l['’]) ?(?:intervista|conversazione) è stata (?:leggermente )?(?:modificata|editata|condensata|ridotta)\b.*|(?:dit|het) (?:interview|gesprek) is (?:licht )?(?:ingekort|geredigeerd|bewerkt)\b.*|интервью (?:было )?(?:сокращено|отредактировано)\b.*)$/i,
  ],
  [
    'call-to-action',
    /^(?:what do you think\?|let us know in the comments.*|tell us what you think.*|join the (?:discussion|conversation).*|click here .*)$/i,
  ],
  [
    'permission',
    /^(?:(?:article|this article|story) (?:posted|reprinted|republished) with permission from .*|(?:reprinted|republished|used|posted) with (?:kind )?permission(?: (?:from|of) .{1,120})?\.?|republish (?:this|our) (?:story|article|stories|articles)\b.*|(?:republica|republicar|republique) (?:esta|este|nuestras?|nuestros?|nossas?|nossos?) (?:historias?|artículos?|reportagem|matéria|artigos?)\b.*|republier (?:cet|nos) articles?\b.*)$/i,
  ],
  // (`────`, `═══`: a rule drawn with box-drawing characters, as tools and mail print it)
  ['rule', /^[*=_~#—─━═-]{3,}$/],
];

/** All of them in two alternations: most lines match none, and two tests rule them out. The
 * patterns anchored at the line's start are one alternation anchored as a whole, so it fails
 * at the first character, not at every position of a long paragraph. */
const anyOf = (res: readonly RegExp[], prefix = '') =>
  new RegExp(`${prefix}(?:${res.map((re) => `(?:${re.source})`).join('|')})`, 'i');
/** Patterns written for the `u` flag (`\p{Lu}`) are tried one by one: the alternations below
 * are built without it, where `\p` means a letter p. */
const MAX_UNICODE_BOILERPLATE_CHARS = 300;
/** The word those patterns all hold (`… contributed reporting.`): most lines have none, and a
 * string search rules them out faster than a regex scan. */
const UNICODE_HINT = ' contributed';
const UNICODE = BOILERPLATE.map(([, re]) => re).filter((re) => re.unicode);
// A new pattern of that kind needs its own hint: say so at once rather than never match.
for (const re of UNICODE)
  if (!re.source.includes(UNICODE_HINT.trim()))
    throw new Error(`boilerplate: no hint for ${re.source}`);
const PLAIN = BOILERPLATE.map(([, re]) => re).filter(
  (re) => !re.unicode && !HINTED.some(([alone]) => alone === re),
);
const ANCHORED = PLAIN.filter((re) => re.source.startsWith('^'));
const UNANCHORED = PLAIN.filter((re) => !re.source.startsWith('^'));
/** Patterns that run on (`.*`, `\S+`, `[*=_~#-]{3,}`, `.{0,200}`) may match a long line; the
 * others (buttons, labels, the words of a footer link) only a short one, and are not tried on
 * paragraphs. */
const RUNS_ON = /[.\]][*+]|\\[SDWsdw][*+]|[.\]]\{\d*,(?:\d{3,})?\}/;
const MAX_SHORT_BOILERPLATE_CHARS = 160;
const anchoredAny = (res: readonly RegExp[]) =>
  anyOf(
    res.map((re) => new RegExp(re.source.slice(1), re.flags)),
    '^',
  );
const ANCHORED_LONG_ANY = anchoredAny(ANCHORED.filter((re) => RUNS_ON.test(re.source)));
const ANCHORED_SHORT_ANY = anchoredAny(ANCHORED.filter((re) => !RUNS_ON.test(re.source)));
const UNANCHORED_ANY = anyOf(UNANCHORED);
/** The unanchored ones (a captcha's notice) are a widget's short text: a paragraph that names
 * reCAPTCHA is the story's, and is not scanned. */
const MAX_UNANCHORED_BOILERPLATE_CHARS = 300;
const isBoilerplate = (t: string) =>
  (t.length <= MAX_SHORT_BOILERPLATE_CHARS && ANCHORED_SHORT_ANY.test(t)) ||
  ANCHORED_LONG_ANY.test(t) ||
  (t.length <= MAX_UNANCHORED_BOILERPLATE_CHARS && UNANCHORED_ANY.test(t)) ||
  (t.length <= MAX_UNICODE_BOILERPLATE_CHARS &&
    t.includes(UNICODE_HINT) &&
    UNICODE.some((re) => re.test(t))) ||
  (t.length <= MAX_UNICODE_BOILERPLATE_CHARS &&
    HINTED.some(([re, hint]) => hint.test(t) && re.test(t)));

/** The hints' words (a regex literal in the hint itself would be a new object per line). */
const LICENCE_WORDS = /licen[cs]|©|copyright/i;
const CONTACT_WORDS = /to contact/i;
const CREDIT_WORDS = / by /i;

/** Footers glued to the end of a paragraph, by kind: a licence (`… against Syria and Iran. MH/PA
 * All Content by X is licensed under …`, `… said. © 2019 X. All rights reserved.`), a wire's
 * sign-off (`… a year earlier. To contact the reporter on this story: …`), a reporting credit
 * (`… on Tuesday. (Reporting by Name; Editing by Name)`). Cut off. Each kind has a cheap hint,
 * words its footer always holds near the line's end: most paragraphs have none, and the
 * footer's own pattern (tried at every position of a long line) is not run on them. */
const GLUED_FOOTERS: ReadonlyArray<readonly [string, RegExp, (tail: string) => boolean]> = [
  [
    'licence',
    /\s((?:all content by .{1,80}? is licensed under|this (?:work|article|content) is licensed under|(?:copyright\s*)?©\s*\d{4}|copyright \d{4})\s.{0,200})$/i,
    (tail) => LICENCE_WORDS.test(tail),
  ],
  [
    'contact',
    /(?<=[.!?"”’)])\s+(to contact the (?:reporters?|editors?|writers?|authors?)\b.{0,300})$/i,
    (tail) => CONTACT_WORDS.test(tail),
  ],
  [
    'reporting-credit',
    /(?<=[.!?"”’])\s+(\((?:additional )?(?:reporting|writing|editing|compiled) by [^)]*\))$/i,
    (tail) => tail.endsWith(')') && CREDIT_WORDS.test(tail),
  ],
];
const GLUED_FOOTERS_LAST_FIRST = [...GLUED_FOOTERS].reverse();
/** A glued footer is at most this long: only a line's end is looked at (paragraphs are long). */
const MAX_FOOTER_CHARS = 600;
/** What stays must be a paragraph (a footer alone on its line is the whole-line kind). */
const MIN_PARAGRAPH_WORDS = 8;

export const boilerplate: ParseRule = {
  name: 'boilerplate',
  purpose:
    'Whole lines every site prints around an article (comment forms, share buttons, licences, …) are dropped by kind; a licence, sign-off or credit glued to a paragraph is cut off.',
  reads: ['open lines'],
  sets: [
    'dropped: boilerplate:KIND',
    'cut: boilerplate:licence, contact, reporting-credit',
    'line text',
  ],
  run,
};

/** Cuts footers off the end of a paragraph's line (a sign-off, then a licence after it). */
function cutGluedFooters(state: ParseState, line: Line): void {
  for (const [kind, re, hint] of GLUED_FOOTERS_LAST_FIRST) {
    if (!hint(line.text.slice(-MAX_FOOTER_CHARS))) continue;
    const m = re.exec(line.text);
    if (!m) continue;
    const rest = line.text.slice(0, m.index).trim();
    if (wordCount(rest, MIN_PARAGRAPH_WORDS) < MIN_PARAGRAPH_WORDS) continue;
    state.cut.push({ line: line.no, text: m[1]!.trim(), reason: `boilerplate:${kind}` });
    line.text = rest;
  }
}

/** The kind of boilerplate a whole line is, or null. */
function readKind(t: string): string | null {
  if (!isBoilerplate(t)) return null;
  return BOILERPLATE.find(([, re]) => re.test(t))?.[0] ?? null;
}
/** Short lines are cached: they are the ones an outlet prints on every page (its share row,
 * comment form and footer), and the alternations cost a microsecond a line. */
const kindOf = memoizeShort(readKind, MAX_SHORT_BOILERPLATE_CHARS);

/** `Home > World > Asia`, `Inicio › Internacional`: a breadcrumb trail, the sections the
 * story sits in, joined by an arrow. Its parts are a section's few words each, so a trail
 * that ends in the headline (`News > Floods force thousands from homes`) is left for the
 * page's head, which reads the headline in it. */
const BREADCRUMB_ARROW = /\s+[>›»]\s+/;
const MAX_BREADCRUMB_PARTS = 8;
const MAX_BREADCRUMB_PART_WORDS = 3;
/** A part opens with a letter or digit and ends no sentence (`» More` is no trail). */
const BREADCRUMB_PART = /^[\p{L}\p{N}][^.!?:：]*$/u;
/** A trail is a short line: lines longer than this are not split. */
const MAX_BREADCRUMB_CHARS = 160;

function isBreadcrumb(t: string): boolean {
  if (t.length > MAX_BREADCRUMB_CHARS || !BREADCRUMB_ARROW.test(t)) return false;
  const parts = t.split(BREADCRUMB_ARROW);
  return (
    parts.length >= 2 &&
    parts.length <= MAX_BREADCRUMB_PARTS &&
    parts.every(
      (p) =>
        BREADCRUMB_PART.test(p) &&
        wordCount(p, MAX_BREADCRUMB_PART_WORDS + 1) <= MAX_BREADCRUMB_PART_WORDS,
    )
  );
}

/** The longest editor's note tried (the pattern looks ahead for its verb). */
const MAX_EDITOR_NOTE_CHARS = 600;
const isChangeNote = (t: string) => EDITOR_NOTE.test(t) || UPDATE_NOTE.test(t);

function run(state: ParseState): void {
  let belowProse = false;
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    let kind = kindOf(line.text);
    if (kind === null) {
      const before = line.text;
      cutGluedFooters(state, line);
      if (line.text !== before) kind = kindOf(line.text);
    }
    const t = line.text;
    if (kind === null && belowProse && t.length <= MAX_EDITOR_NOTE_CHARS && isChangeNote(t))
      kind = 'correction';
    if (kind === null && isBreadcrumb(t)) kind = 'breadcrumb';
    if (kind !== null) drop(line, `boilerplate:${kind}`);
    else belowProse ||= isProse(t);
  }
}
