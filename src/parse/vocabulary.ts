// The vocabulary the parser's rules share: month and weekday names, agencies, byline words.
// A pattern or threshold that one rule or reader uses lives in that file, named.

/** English month names and their abbreviations (`Sept` too), for date phrases. */
export const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** A weekday before a date (`Mon`, `Monday.`). */
export const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
/** A clock time: `08:43`, `9.28`, `13h36`, `4:20 p.m.`. */
export const TIME = '\\d{1,2}(?:[:.h]\\d{2})(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?';
/** News agencies that datelines name (`(Reuters) -`, `Damascus, SANA –`), and that a story
 * credits alone under its date or after its text: the world's wires and the national agencies
 * of Europe (the Nordic STT, NTB, TT, Ritzau; ΑΠΕ-ΜΠΕ, Agerpres, BTA, HINA, Tanjug, TASR, STA,
 * ELTA, LETA, BNS; Ukrinform, UNIAN, BelTA), the Middle East and Africa (SPA, MAP, APS, BNA,
 * ONA, NNA, NAN, SAPA), Asia and Oceania (TTXVN, VNA, PNA, Jiji, CNA, APP, BSS, AAP), the
 * Americas (Télam, ABN). Words that are also common words or names (`Beta`, `Petra`, `Trend`)
 * are left out: a line of such a word alone is no credit. */
export const AGENCY =
  'Reuters|AP|AFP|UPI|IANS|PTI|ANI|dpa|Xinhua|TASS|ТАСС|IRNA|SANA|Fars|Mehr|EFE|ANSA|AGI|Adnkronos|LaPresse|Lusa|Belga|ANP|APA|ATS|SDA|Keystone-SDA|Keystone-ATS|KNA|epd|ČTK|TASR|PAP|MTI|STA|HINA|Tanjug|FoNet|BTA|Agerpres|ΑΠΕ-ΜΠΕ|ΑΠΕ|ELTA|LETA|BNS|STT|NTB|TT|Ritzau|Ukrinform|Укрінформ|UNIAN|УНІАН|BelTA|БелТА|Kyodo|Jiji|Yonhap|Bernama|Antara|PNA|TTXVN|VNA|CNA|APP|BSS|AAP|WAFA|MENA|KUNA|WAM|QNA|SPA|MAP|APS|BNA|ONA|NNA|NAN|SAPA|Anadolu|Interfax|Интерфакс|RIA Novosti|РИА Новости|Europa Press|Agência Brasil|Notimex|Prensa Latina|Télam|(?:The )?Associated Press|Agence France-Presse|Press Association';

/** `[Bb][Yy]`: a pattern's letters in either case. The byline patterns test a name's capital
 * (`\p{Lu}`), which the `i` flag would let match any letter. */
const anyCase = (words: string) =>
  words.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );

/** Labels a byline opens with, in many languages, that no sentence opens with so: `By`, `Par`,
 * `Von`, `Written by`, `Interview by`, `Reporting by`, `Propos recueillis par`, `Escrito por`,
 * `Ein Kommentar von`, `A cura di`, `Skrevet av`. (A sentence that opens so, `Analysis by the
 * bank shows …`, names no one: the name after the label is tested.) */
const BY_WORD = anyCase(
  'by|(?:written|posted|reported|reporting|additional reporting|story|words|text|interview|interviewed|compiled|analysis|commentary|column|opinion|review|essay|report|photos and words|words and photos|text and photos) by|par|propos recueillis par|texte de|von|(?:geschrieben|ein (?:beitrag|artikel|kommentar|gastbeitrag|interview)|kommentar|gastbeitrag|analyse) von|(?:escrito|redactado|reportagem|reportaje|texto|entrevista) (?:por|de)|scritto da|a cura di|geschreven door|skrevet (?:av|af)|skrivet av',
);
/** Labels that name the author, or the reporter, before a colon, in the languages of the news:
 * `Autor:`/`Autorka:` (Slavic, Romance, German), `Author:`, `Reporter:`, `Words:`, `Text:`,
 * `Автор:`, `Текст:`, `Yazar:`, `Muhabir:` (Turkish), `作者：`, `撰稿：`, `Penulis:`, `Pewarta:`,
 * `Wartawan:` (Indonesian, Malay), `Szerző:`, `Írta:` (Hungarian), `Kirjoittaja:`, `Toimittaja:`
 * (Finnish), `Piše:`/`Пише:`, `Napisao:` (Croatian, Serbian: "writes", "wrote"), `Opracowanie:`
 * (Polish), `Γράφει:`, `Κείμενο:` (Greek), `Tác giả:`, `Phóng viên:` (Vietnamese), `लेखक:`,
 * `रिपोर्ट:` (Hindi), `প্রতিবেদক:` (Bengali), `رپورٹ:` (Urdu), `كتب:`, `مراسل:` (Arabic),
 * `خبرنگار:`, `نویسنده:` (Persian), `글:` (Korean), `筆者：` (Japanese), `Por:`, `Door:`, `Av:`. */
export const AUTHOR_LABEL =
  'autor|autora|autorka|autorin|autorica|autori|autoři|autorzy|autore|autrice|autorius|autorė|autors|avtor|avtorica|author|authors|auteur|auteure|auteurs|verfasser(?:in)?|writer|words|reporter|reporters|reporterin|reporterka|reportér|reportérka|riporter|text|texte|testo|texto|tekst|teksti|yazar|yazan|muhabir|müəllif|penulis|pewarta|kontributor|oleh|wartawan|szerző|írta|kirjoittaja|toimittaja|journalist|novinar|novinarka|napisao|napisala|piše|pišu|пише|opracowanie|mwandishi|γράφει|κείμενο|συντάκτης|tác giả|phóng viên|автор|авторка|текст|журналист|журналіст|кореспондент|корреспондент|लेखक|लेखिका|रिपोर्ट|रिपोर्टर|संवाददाता|লেখক|প্রতিবেদক|প্রতিবেদন|رپورٹ|رپورٹر|تحریر|مصنف|نامہ نگار|كتب|كتبت|الكاتب|كاتب|مراسل|المراسل|إعداد|اعداد|نویسنده|خبرنگار|گزارشگر|گزارش|نگارنده|כתב|כתבת|ผู้เขียน|글|글쓴이|기자|筆者|執筆|文|撰文|撰稿|采写|採寫|作者|por|door|av|af';
const BY_COLON_WORD = anyCase(AUTHOR_LABEL);

/** Labels that credit the outlet a story comes from: `Source:`, `Fuente:`, `Источник:`, `来源：`. */
export const SOURCE_LABEL =
  'source|fuente|fonte|quelle|источник|kaynak|المصدر|来源|來源|出处|出處|출처|出典';
/** Labels of scripts without capitals: `بقلم`, `بواسطة` (Arabic), `به قلم` (Persian), `מאת`
 * (Hebrew), `文/` and `记者`/`記者` (Chinese; `本报记者`, "this paper's reporter", too). */
const BY_CASELESS =
  '(?:بقلم|به قلم|بواسطة|نوشته|מאת|(?:本报|本報|本网|本網|本台|本刊)?(?:特派|特约|特約|实习|實習)?(?:记者|記者)(?=\\s*[:：]|\\s+\\p{Lo})|文(?=\\s*[/／|｜]))';
/** Prepositions that open bylines in Spanish, Portuguese, Italian, Dutch, Swedish, Norwegian and
 * Danish (`Por`, `Di`, `Door`, `Av`, `Af`), and the Greek article of a name in the genitive
 * (`Του Γιώργου …`, `Της Μαρίας …`: "by"), but open sentences too: a label only before a
 * capital on a line that ends no sentence. */
const BY_PREPOSITION = anyCase('por|di|door|av|af|oleh|του|της');
/** Romanian `de Andrei Popescu`: the preposition in lower case, before a name of two capitalised
 * words (a sentence opens with `De`; `de Vries` is a name). */
const BY_LOWER_CASE = 'de(?=\\s+\\p{Lu}\\S*\\s+\\p{Lu})';
/** What may stand between a label and the name: a colon (`：` too), a slash, a bar. */
const LABEL_MARK = '\\s*[:：/／|｜]?\\s*';
/** A label is a word of its own: no letter or digit follows it (`di0` is no `di`). */
const NO_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

/** A byline's label with the mark after it. */
const BY = `(?:(?:${BY_WORD})${NO_LETTER_AFTER}${LABEL_MARK}|(?:${BY_COLON_WORD})\\s*[:：]\\s*|${BY_CASELESS}${LABEL_MARK}|(?:${BY_PREPOSITION}|${BY_LOWER_CASE})\\s+(?=\\p{Lu})(?!.*[.!?]["”’)]*$))`;

/** `By Nick Brown`, `By : Mohammad Salami`, `Por João Silva`, `Автор: Иван Петров`, `文/张伟`:
 * captures what follows the label (which opens with no label's mark: `بواسطة:` alone is a
 * label, its name on the next line). */
export const BYLINE = new RegExp(`^${BY}([^\\s:：/／|｜].*)$`, 'u');

/** A label alone on a line (`By`, `Autor:`), the name on the next. */
export const BYLINE_ALONE = new RegExp(
  `^(?:${BY_WORD}|${BY_COLON_WORD}|${BY_PREPOSITION}|بقلم|بواسطة|מאת|记者|記者|文)${NO_LETTER_AFTER}\\s*[:：/／]?$`,
  'u',
);

/** The label itself, to take off a line (whatever follows it: what is left of a byline line
 * once its name is taken is the label alone). */
export const BYLINE_LABEL = new RegExp(
  `^\\s*(?:${BY}|(?:${BY_PREPOSITION}|${BY_COLON_WORD}|بقلم|بواسطة|نوشته|מאת)${NO_LETTER_AFTER}${LABEL_MARK}|(?:记者|記者|文)${LABEL_MARK})`,
  'u',
);

/** `홍길동 기자`, `山田太郎記者`: a name, then the word for reporter (Korean, Japanese, Chinese),
 * maybe an e-mail address after; captures the name. */
export const BYLINE_AFTER =
  /^([\p{Lo}·・]{2,12}(?:\s[\p{Lo}·・]{1,12})?)\s*(?:기자|특파원|記者|记者|特派員|特派员)(?:\s+\S+@\S+)?$/u;

/** Roles printed after a byline's comma (`, AP National Security Writer`, `, envoyé spécial`),
 * in several languages (Slavic `redaktor`, `novinář`, `dziennikarz`; Finnish, Hungarian,
 * Turkish, Indonesian too): the role ends the phrase. */
export const BYLINE_ROLE_WORD =
  'writer|correspondent|reporter|editor|columnist|contributor|journalist|producer|analyst|staff|correspondant|correspondante|envoyée? spéciale?|journaliste|rédact(?:eur|rice)|corresponsal|enviad[oa] especial|periodista|redactora?|correspondente|repórter|jornalista|redakteur(?:in)?|korrespondent(?:in)?|giornalista|inviat[oa]|corrispondente|redattore|verslaggever|redaktor(?:ka|ica)?|novinář(?:ka)?|novinár(?:ka)?|novinar(?:ka)?|dziennikar(?:z|ka)|reportér(?:ka)?|reporterka|toimittaja|újságíró|gazeteci|muhabir|wartawan|корреспондент|журналист|обозреватель|редактор|журналіст|кореспондент';

/** Devanagari letters with a nukta (`ख़`, `ज़`, `ढ़`): printed as one code point, as the letter
 * and the nukta sign, or (by many sites) without the nukta at all. */
const NUKTA_LETTERS: Record<string, string> = {
  क: '\u0958',
  ख: '\u0959',
  ग: '\u095A',
  ज: '\u095B',
  ड: '\u095C',
  ढ: '\u095D',
  फ: '\u095E',
  य: '\u095F',
};
/** A pattern's Devanagari letters with a nukta (written as the letter and the sign) in any of
 * their three spellings. */
export const anyNukta = (words: string) =>
  words.replace(/([कखगजडढफय])\u093C/gu, (_, c: string) => `(?:${c}\u093C?|${NUKTA_LETTERS[c]!})`);

/** Greek vowels with their accent, and what they may be printed as: headings in capitals drop
 * the accent (`ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ`, `Διαβάστε επίσης`). */
const GREEK_ACCENTED: Record<string, string> = {
  ά: '[άα]',
  έ: '[έε]',
  ή: '[ήη]',
  ί: '[ίιϊΐ]',
  ό: '[όο]',
  ύ: '[ύυϋΰ]',
  ώ: '[ώω]',
};
/** A pattern's accented Greek vowels, matched with or without the accent (for a pattern with
 * no accented Greek vowel inside a bracket class). */
export const anyGreekAccent = (words: string) =>
  words.replace(/[άέήίόύώ]/gu, (c) => GREEK_ACCENTED[c]!);

/** The letters Arabic and Persian (and Urdu) write apart, which sites mix: yeh (`ي`, `ی`, the
 * final `ى`) and kaf (`ك`, `ک`). */
const ARABIC_SCRIPT_VARIANTS: Record<string, string> = {
  ي: '[يیى]',
  ی: '[يیى]',
  ى: '[يیى]',
  ك: '[كک]',
  ک: '[كک]',
};
/** A pattern's yeh and kaf matched in either spelling (for a pattern with neither inside a
 * bracket class). */
export const anyArabicSpelling = (words: string) =>
  words.replace(/[يیىكک]/gu, (c) => ARABIC_SCRIPT_VARIANTS[c]!);

/** "Read also" labels, in the languages of the news: they head a story list, or open an inline
 * link to another story. (Turkish `İ` is spelt out: it folds to no `i` under the `i` flag.) By
 * script and region: Latin of Western Europe, of Central and Eastern Europe and the Balkans
 * (Croatian, Serbian, Bosnian, Slovenian `Pročitajte još`, `Preberite tudi`; Slovak `Prečítajte
 * si tiež`; Catalan `Llegeix també`; the Baltic and Albanian ones), Cyrillic (Serbian,
 * Macedonian, Bulgarian `Четете още`, Russian, Ukrainian), Greek, Arabic script (Arabic,
 * Persian, Urdu), Indic (Hindi, Marathi, Nepali, Bengali), Thai, and East Asian. */
export const READ_ALSO = [
  'read (?:more|also)|also read|see also|más información|en savoir plus|pour aller plus loin|saiba mais|per saperne di più|related(?: coverage| story| stories| article| articles| news)?|more on this|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|lee también|lea también|leer más|ver también|leia (?:mais|também)|veja também|leggi anche|vedi anche|lees ook|zie ook|läs (?:också|även)|les også|læs også|lue myös',
  'llegeix(?:-ne)? també|llegiu també|vegeu també|čtěte (?:také|též|i)|přečtěte si (?:také|též|i)|pre[čc][íi]tajte si (?:tie[žz]|aj)|[čc][íi]tajte (?:aj|tie[žz])|czytaj (?:też|także|również)|zobacz (?:też|także|również)|przeczytaj również|pro[čc]itaj(?:te)? (?:jo[šs]|i|tako[đd]er?)|[čc]itaj(?:te)? (?:jo[šs]|i|tako[đd]er?)|preberite (?:tudi|še)|preberi (?:tudi|še)|[iİ]lgili haber(?:ler)?|olvassa el|cite[sșş]te [sșş]i|taip pat skaitykite|skaitykite taip pat|lasi arī|lasiet arī|loe ka|lexo (?:edhe|gjithashtu)|lexoni (?:edhe|gjithashtu)|baca (?:juga|pula)|simak (?:juga|pula)|lihat juga|berita terkait|xem thêm|tin liên quan',
  'читайте (?:также|тоже|ещё|еще|також|ще)|смотрите также|дивіться також|прочитај(?:те)? (?:још|и|уште|исто така)|читај(?:те)? (?:још|и|уште)|прочетете (?:още|също)|прочети (?:още|също)|четете (?:още|също)|чети (?:още|също)|вижте (?:още|също)|виж (?:още|също)|още по темата|διαβάστε (?:επίσης|ακόμα|ακόμη)|δείτε (?:επίσης|ακόμα|ακόμη)',
  '[اإ]قرأ (?:[أا]يض(?:اً|ًا|ا)|كذلك)|(?:شاهد|طالع) [أا]يض(?:اً|ًا|ا)|(?:بیشتر|همچنین) بخوانید|این (?:را|مطلب را) هم بخوانید|یہ بھی پڑھیں|مزید پڑھیں|আরও পড়ুন|আরো পড়ুন|อ่านเพิ่มเติม|ข่าวที่เกี่ยวข้อง',
  anyNukta(
    '(?:यह|ये|इसे|इन्हें) भी (?:पढ़ें|पढ़े|पढ़िए|देखें)|ज़रूर पढ़ें|हे(?:ही| पण| सुद्धा) वाचा|यो पनि (?:पढ्नुहोस्|पढ्नुस्)',
  ),
  '相[关關](?:阅读|閱讀|新闻|新聞|文章|报道|報導|報道|链接|連結|推荐|推薦)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|(?:阅读|閱讀)更多|扩展阅读|擴展閱讀|関連記事|関連ニュース|あわせて読みたい|併せて読みたい|こちらもおすすめ|こちらも読まれています|관련 ?(?:기사|뉴스)|함께 (?:보면|읽으면) 좋은 (?:기사|뉴스)',
].join('|');

/** "Next story" labels, in the languages of the news: they head the one story a page offers to
 * read next (a list of one), or open an inline link to it (`Up next: Title`). */
export const NEXT_STORY = [
  'up next|read next|next (?:story|article|up)|coming up next|à lire ensuite|article suivant|nächster artikel|siguiente (?:artículo|noticia)|próxim[ao] (?:artigo|notícia|matéria)|(?:articolo|notizia) successiv[ao]|prossimo articolo|volgend artikel|nästa artikel|neste (?:artikkel|sak)|næste artikel|seuraava artikkeli|następny artykuł|další článek|nasledujúci článok|sl(?:j)?edeći članak|következő cikk|articolul următor|επόμενο άρθρο|sonraki haber|bài tiếp theo|(?:artikel|berita) (?:berikutnya|selanjutnya)',
  'следваща статия|следующая статья|наступна стаття|следећи чланак|مقاله بعدی|خبر بعدی|(?:المقال|الخبر) التالي|下一篇(?:文章)?|次の記事|다음 기사',
  anyNukta('अगली (?:ख़बर|स्टोरी)'),
].join('|');

/** A label that says a date is the update time, not publication, in several languages. */
export const UPDATED_LABEL =
  /(?<![\p{L}])(?:updated|modified|mis à jour|actualizado|atualizado|aktualisiert|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|aktualizováno|güncelleme|güncellendi|diperbarui|uppdaterad|opdateret|oppdatert|päivitetty|frissítve|ενημερώθηκε|cập nhật|обновлено|оновлено|تحديث|به‌روزرسانی|更新|更新时间|更新時間|수정|업데이트)(?![\p{L}])/iu;

/** The networks a share row offers, as their buttons print them, in Latin and other scripts
 * (`फेसबुक`, `فيسبوك`, `페이스북`, `微信`, `เฟซบุ๊ก`, `ВКонтакте`; `LINE`, `KakaoTalk`, `Weibo`,
 * the messengers of Asia). A button is its name alone on the line. */
export const SHARE_NETWORK =
  'facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|e-?mail|messenger|viber|vk|vkontakte|ok\\.ru|line|kakaotalk|kakao ?story|naver ?band|wechat|weixin|weibo|qzone|qq|hatena|pocket|tumblr|koo|फेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप|व्हाट्सअप|टेलीग्राम|ईमेल|فيسبوك|فيس ?بوك|تويتر|واتساب|واتس ?اب|تيليجرام|تلغرام|فیسبوک|فیس[\\s\\u200c]?بوک|توییتر|تلگرام|واتساپ|واتس[\\s\\u200c]?اپ|페이스북|트위터|카카오톡|카카오스토리|네이버 ?밴드|微信|朋友圈|微博|新浪微博|qq空间|フェイスブック|ツイッター|はてなブックマーク|はてブ|เฟซบุ๊ก|เฟสบุ๊ค|ทวิตเตอร์|ไลน์|фейсбук|твиттер|вконтакте|одноклассники|телеграм';

/** A share row's label, alone or before its buttons, in the languages of the news: the verb
 * "share" as buttons print it, with "this story" at most (`इस खबर को शेयर करें`, `اشتراک
 * گذاری`, `شارك الخبر`, `Поделиться новостью`, `分享到`, `공유하기`, `แชร์บทความนี้`,
 * `Partilhar`, `Compartilhe`). The whole line is the label: `शेयर बाजार में तेजी`, "shares
 * rise", is a headline. */
export const SHARE_LABEL =
  'share(?: (?:this|the))?(?: (?:article|story|post|page|news))?|partilh(?:ar|e)(?: (?:este|o) artigo| esta notícia)?|compartilhe(?: (?:esta notícia|este artigo|esta matéria))?|comparte(?: (?:esta noticia|este artículo))?|compartir (?:esta noticia|en redes)|partagez(?: cet article)?|teile (?:diesen|den) artikel|condividi (?:questo articolo|la notizia)|deel (?:dit|dit artikel)|(?:این (?:خبر|مطلب|مقاله) را )?(?:به )?اشتراک[\\s\\u200c]?(?:گذاری|بگذارید)|شیئر (?:کریں|کیجیے)|شارك(?:ها)?(?: (?:هذا )?(?:الخبر|المقال|المقالة|الموضوع))?|مشاركة (?:الخبر|المقال)|(?:इस (?:खबर|ख़बर|लेख|स्टोरी|आर्टिकल) को )?शेयर(?: करें| कीजिए| करे)?|শে(?:য়|য়)ার করুন|поделиться(?: (?:новостью|статьей|статьёй|материалом|ссылкой|в соцсетях))?|поділитися(?: новиною)?|сподели|分享(?:到|至|本文|此文|文章|给朋友)?|分享到朋友圈|(?:この記事を|記事を)?シェア(?:する)?|ツイート|ポスト|lineで送る|ブックマーク|(?:기사 ?)?공유(?:하기)?|แชร์(?:บทความนี้|ข่าวนี้|ข่าว)?|แบ่งปัน';

/** A share row's "copy the link" button, in other scripts (`लिंक कॉपी करें`, `کپی لینک`,
 * `คัดลอกลิงก์`, `URL 복사`, `URLをコピー`). */
export const COPY_LINK =
  'लिंक कॉपी करें|कॉपी लिंक|کپی لینک|لینک کوتاه|لینک کپی شد|คัดลอกลิงก์|url ?복사|urlをコピー|リンクをコピー|链接已复制|複製網址';
