// A featured / related / "check also" list: a heading, then story titles, each maybe printed
// twice (a cut-off copy, then the full one; or twice on one line), with "By : name" and date
// lines for the item above. Teasers (long sentences, an ellipsis, a sentence after a title
// while the list goes on) are not stories; a short label before a title is skipped. A ranked
// list may be glued on one line (`1 Title 2 Title …`). Stories listed twice are kept once.
import { memoizeShort } from '../../memo.ts';
import { isCaption } from '../../readers/caption.ts';
import { dateLine, findDate, isMonthName, type FoundDate } from '../../readers/date.ts';
import { lineFields, stampKind } from '../../readers/headLine.ts';
import { isHeadField } from '../../readers/pageHead.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import type { FeaturedStory } from '../../../model/article.ts';
import {
  BULLET,
  endsSentence,
  isName,
  isProse,
  isTitleLike,
  lineKey,
  wordCount,
  MAX_NAME_WORDS,
} from '../../text.ts';
import {
  anyArabicSpelling,
  anyGreekAccent,
  anyNukta,
  BYLINE,
  NEXT_STORY,
  READ_ALSO,
  TIME,
} from '../../vocabulary.ts';

/** Headings of a list of the most read stories, in the languages of the news. */
const MOST_READ = [
  'most (?:popular|read|viewed|shared)(?: .{1,30})?',
  'meest gelezen|meest bekeken|mest lästa|mest lest|mest læste|luetuimmat(?: uutiset)?|nejčtenější|nejčtenější články|legolvasottabb(?: cikkek| hírek)?|a legolvasottabbak|cele mai citite(?: știri| articole)?|τα πιο δημοφιλή|τα πιο διαβασμένα|δημοφιλή|найпопулярніше|найчитаніше|популярне|самое читаемое|популярное|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|הנקראים ביותר|הכי נקראים|najczęściej czytane|najpopularniejsze|najchętniej czytane',
  'en çok okunanlar|en çok okunan haberler|lo más leído|lo más visto|mais lidas|mais lidos|i più letti|più letti|più lette|meistgelesen|meistgelesene artikel|les plus lus|les plus lues|terpopuler|paling banyak dibaca|الأكثر قراءة|热门新闻|많이 본 뉴스',
  'most (?:commented|emailed)|popular now|top reads|trending stories|(?:les |el )?més (?:llegides|llegits|llegit|vistes|vists|populars)|naj[čc]itanij[ei](?: vijesti| vesti| članci| clanci| tekstovi)?|najpopularnij[ei](?: vijesti| vesti)?|najbolj bran[oe](?: novice)?|naj[čc][íi]tanej[šs]ie(?: [čc]l[áa]nky| spr[áa]vy)?|najpopul[áa]rnej[šs]ie|nejčtenější zprávy|nejoblíbenější|právě se čte|najczęściej (?:komentowane|oglądane)|najpopularniejsze (?:artykuły|wiadomości)|cele mai (?:populare|comentate|vizualizate)(?: [sșş]tiri| articole)?|legnépszerűbb(?: cikkek| hírek)?|a legnépszerűbbek|δημοφιλέστερα|πιο δημοφιλή|πιο διαβασμένα|τα πιο πολυδιαβασμένα|paling (?:populer|popular|dibaca)|berita populer|terpopular|tin đọc nhiều|bài đọc nhiều|en (?:popüler|çok izlenenler|çok yorumlananlar)(?: haberler)?|çok okunanlar|popüler haberler|mest (?:läst|delade|delat|populära)|skaitomiausi(?: straipsniai)?|populiariausi|lasītākie(?: raksti)?|lasītākās ziņas|populārākie|loetumad|enim loetud|më të lexuara(?:t)?|të lexuarat',
  'најчитаниј[еи](?: вести| текстови)?|најчитани(?: вести)?|најпопуларниј[еи]|најпопуларно|най-четен(?:и|о|ите|ото)(?: новини| статии)?|най-популярн(?:и|о|ите)(?: новини)?|най-коментиран(?:и|о|ите)|самое популярное|самые (?:читаемые|популярные)(?: новости| статьи)?|популярные (?:новости|статьи)|самое обсуждаемое|найпопулярніші (?:новини|статті)|популярні новини|найбільш читані|найобговорюваніше',
  'الأكثر (?:مشاهدة|تداولا|تداولاً|شعبية)|پربازدیدترین(?:[\u200c ]?ها| اخبار| مطالب)?|پربازدیدها|پربحث[\u200c ]?ترین(?:[\u200c ]?ها)?|پرخواننده[\u200c ]?ترین(?:[\u200c ]?ها)?|مقبول ترین|مقبول خبریں|سب سے زیادہ پڑھی جانے والی(?: خبریں)?|সর্বাধিক পঠিত|সবচেয়ে বেশি পঠিত|ข่าวยอดนิยม',
  anyNukta(
    'सबसे (?:ज़्यादा|अधिक) (?:पढ़ी गईं?|पढ़े गए)(?: ख़बरें| ख़बर| लेख)?|ज़्यादा पढ़ी गईं?(?: ख़बरें)?|लोकप्रिय(?: ख़बरें| समाचार)?|ट्रेंडिंग(?: न्यूज़| ख़बरें)?',
  ),
  '热门(?:新闻|文章|推荐|阅读|资讯)|熱門(?:新聞|文章|推薦|閱讀|資訊)|热点(?:新闻|推荐|文章|资讯)|熱點(?:新聞|推薦|文章|資訊)|热读|熱讀|(?:24小[时時]|48小[时時]|今日|本周|一周|阅读|閱讀|点击|點擊|热门|熱門|新闻|新聞)(?:排行榜?|热榜|熱榜)|排行榜|最受欢迎|最受歡迎|アクセスランキング|人気記事(?:ランキング)?|よく読まれている記事|最も読まれた記事|話題の記事|(?:가장 )?많이 (?:본|읽은) ?(?:뉴스|기사)|많이본 ?(?:뉴스|기사)|(?:실시간 )?인기 ?(?:기사|뉴스)|랭킹 ?뉴스',
];
/** Headings of a list of the latest stories. */
const LATEST = [
  'latest(?: news| stories)?|latest(?: in)? \\p{L}+(?: \\p{L}+)?|top stories|in other news|other news.{0,30}',
  'net binnen|laatste nieuws|het laatste nieuws|senaste nytt|senaste nyheterna|siste nytt|siste nyheter|seneste nyt|seneste nyheder|uusimmat(?: uutiset)?|tuoreimmat|viimeisimmät|nejnovější(?: zprávy| články)?|friss hírek|legfrissebb(?: hírek)?|ultimele (?:știri|stiri)|ultima oră|știri recente|ροή ειδήσεων|τελευταία νέα|τελευταίες ειδήσεις|стрічка новин|останні новини|лента новостей|последние новости|tin mới(?: nhất)?|mới nhất|מבזקים|מבזקי חדשות|חדשות אחרונות|najnowsze(?: wiadomości)?|z ostatniej chwili',
  'son dakika|son haberler|últimas noticias|lo último|últimas notícias|ultime notizie|neueste artikel|neueste nachrichten|aktuelle nachrichten|dernières actualités|dernières infos|en continu|berita terkini|berita terbaru',
  'top (?:news|headlines)|more top stories|recent (?:posts|stories|news|articles)|news in brief|[úu]ltimes not[íi]cies|darreres not[íi]cies|[úu]ltima hora|najnovij[ei](?: vijesti| vesti| članci| clanci)?|najnovejše(?: novice)?|zadnje (?:vijesti|vesti|novice)|posljednje vijesti|poslednje vesti|vijesti dana|vesti dana|najnov[šs]ie(?: spr[áa]vy| [čc]l[áa]nky)?|aktu[áa]lne spr[áa]vy|aktuální zprávy|zprávy dne|ostatnie wiadomości|najważniejsze(?: wiadomości)?|wiadomości dnia|cele mai noi(?: [sșş]tiri| articole)?|ultimele articole|[sșş]tirile zilei|legújabb(?: hírek| cikkek)?|a nap hírei|hírfolyam|τελευταία άρθρα|πρόσφατα(?: άρθρα| νέα)|πιο πρόσφατα|terkini|terbaru|berita utama|artikel terbaru|tin nóng|tin tức mới nhất|tin trong ngày|en son haberler|son eklenenler|güncel haberler|senaste(?: artiklarna)?|naujausi(?:os naujienos| straipsniai)?|jaunākās ziņas|jaunākie raksti|viimased uudised|värsked uudised|uusimad|(?:lajmet e |lajme të |të )fundit',
  'најновиј[еи](?: вести| текстови)?|најнове вести|последњ[еи] вести|последни вести|вести дана|последни новини|най-новото|най-нови(?: новини)?|водещи новини|топ новини|главные новости|свежие новости|новости дня|главное за день|головні новини|новини дня|свіжі новини|головне за день|останні публікації',
  'آخر الأخبار|أحدث الأخبار|آخر الأنباء|أهم الأخبار|آخرین (?:اخبار|مطالب|خبرها)|تازه[\u200c ]?ترین(?: اخبار| مطالب| خبرها)?|تازه[\u200c ]?ها|(?:اخبار|خبرهای) (?:روز|داغ|فوری)|تازہ ترین(?: خبریں)?|اہم خبریں|সর্বশেষ(?: খবর| সংবাদ)?|শীর্ষ খবর|ข่าวล่าสุด|ข่าวเด่น',
  anyNukta(
    'ताज़ा (?:ख़बरें|ख़बर|समाचार|अपडेट)|ताज़ातरीन|लेटेस्ट (?:ख़बरें|न्यूज़)|नवीनतम(?: समाचार| ख़बरें)?|(?:मुख्य|बड़ी|प्रमुख) (?:ख़बरें|समाचार)|टॉप (?:न्यूज़|ख़बरें)',
  ),
  '最新(?:新闻|新聞|消息|文章|资讯|資訊|报道|報導|动态|動態)|即[时時]新[闻聞]|实时新闻|滚动新闻|滾動新聞|要[闻聞]|头条新闻|頭條新聞|最新(?:記事|ニュース)|新着(?:記事|ニュース)|主要ニュース|トップニュース|최신 ?(?:기사|뉴스)|주요 ?(?:기사|뉴스)|이 시각 주요 ?뉴스|헤드라인 뉴스|실시간 뉴스',
];
/** Headings of a list of stories related to the article's. */
const RELATED = [
  '(?:more )?related(?: stories| articles| news| links| posts| content)?|featured(?: stories| news| articles)?|check also|sur le même sujet|(?:notícias )?relacionadas|(?:noticias |art[ií]culos |notas )?relacionad[oa]s|matérias relacionadas|articles liés|verwandte artikel|ähnliche artikel|articoli correlati|notizie correlate',
  'gerelateerd|gerelateerde (?:artikelen|berichten)|relaterade artiklar|relaterat|relaterte artikler|relatert|relaterede artikler|relateret|aiheeseen liittyvät(?: artikkelit| uutiset)?|liittyvät artikkelit|související(?: články| zprávy)?|súvisiace články|kapcsolódó(?: cikkek| hírek| tartalmak)?|articole (?:similare|asemănătoare|conexe)|știri similare|σχετικά άρθρα|σχετικά θέματα|σχετικές ειδήσεις|новини за темою|за темою|схожі новини|похожие новости|новости по теме|по теме|bài viết liên quan|כתבות קשורות|כתבות נוספות בנושא|powiązane(?: artykuły| wiadomości)?|benzer haberler|artikel terkait|مقالات ذات صلة|أخبار ذات صلة|مطالب مرتبط',
  'further reading|related reading|on the same topic|more on this (?:story|topic)|not[íi]cies relacionades|articles relacionats|contingut relacionat|povezan[eio](?: vijesti| vesti| novice| članci| clanci| teme| sadržaji)?|srodn[ei](?: vijesti| vesti| novice| članci| teme)?|sli[čc]n[ei] (?:vijesti|vesti|članci|teme)|vezane (?:vijesti|vesti|teme)|sorodn[ei](?: novice| članki)?|iz iste rubrike|s[úu]visiace(?: [čc]l[áa]nky| spr[áa]vy| t[ée]my)?|podobn[ée] [čc]l[áa]nky|související témata|podobné články|powiązane (?:treści|tematy)|podobne (?:artykuły|wiadomości|tematy)|(?:articole|[sșş]tiri) (?:conexe|legate)|pe aceea[sșş]i tem[ăa]|kapcsolódó anyagok|hasonló (?:cikkek|hírek)|ebben a témában|σχετικά(?: νέα)?|σχετικές αναρτήσεις|(?:berita|artikel) (?:berkaitan|serupa)|topik terkait|(?:tin|bài|tin tức) liên quan|(?:tin )?cùng chuyên mục|[iİ]lgili (?:içerikler|yazılar|makaleler)|konuyla ilgili(?: haberler)?|benzer (?:içerikler|yazılar)|relaterade(?: nyheter)?|susiję(?: straipsniai| naujienos)?|saistītie raksti|saistītās ziņas|seotud(?: artiklid| uudised)?|lajme të ngjashme|artikuj të ngjashëm|të ngjashme',
  "повезан[еио](?: вести| текстови| чланци)?|слични (?:вести|текстови)|сродн[еи](?: вести| текстови)?|поврзан[ио](?: вести| текстови)?|свързани(?: новини| статии| теми)?|по темата|подобни (?:новини|статии)|похожие (?:статьи|материалы)|материалы по теме|(?:ещё|еще) по теме|связанные (?:новости|статьи|материалы)|читайте по теме|схожі (?:статті|матеріали)|матеріали за темою|по темі|пов[’'ʼ]язані (?:новини|статті)",
  '(?:مواضيع|مواد|أخبار|اخبار|مقالات) (?:متعلقة|مشابهة)|مواضيع ذات صلة|مواد ذات صلة|ذات صلة|(?:اخبار|مطالب|خبرهای|مقالات) (?:مرتبط|مشابه)|متعلقہ (?:خبریں|مضامین)|সম্পর্কিত (?:খবর|সংবাদ)|এ সম্পর্কিত আরও|บทความที่เกี่ยวข้อง|ข่าวเกี่ยวข้อง',
  anyNukta('(?:संबंधित|सम्बन्धित) (?:ख़बरें|ख़बर|समाचार|लेख|न्यूज़)|(?:इससे|इनसे) जुड़ी (?:ख़बरें|ख़बर)|जुड़ी ख़बरें'),
  '相[关關](?:专题|專題|话题|話題)|関連リンク|関連トピックス|この記事に関連する(?:記事|ニュース)|연관 ?기사|관련 ?글',
];
/** Headings of a list of more stories (`More from …`: 40 characters at most, so a headline
 * that opens so is not one). */
const MORE = [
  "more (?:stories|news|articles)|more \\p{L}+ (?:news|stories)|more (?:from|about|on|in) .{1,40}|more(?: on)?|mehr (?:zu|über|aus) .{1,40}|plus sur .{1,40}|más sobre .{1,40}|mais sobre .{1,40}|altro su .{1,40}|więcej o .{1,40}|auch auf .{1,30}|now on .{1,40}|dans la même rubrique|weitere artikel|weitere nachrichten|mehr nachrichten|altre notizie|altri articoli|más noticias|otras noticias|mais notícias|outras notícias|autres actualités|plus d[’']actualités",
  'meer nieuws|meer over .{1,40}|meer berichten|ander nieuws|fler nyheter(?: från .{1,40})?|fler artiklar|mer om .{1,40}|mer från .{1,40}|flere nyheter(?: fra .{1,40})?|flere saker|mer fra .{1,40}|flere nyheder(?: fra .{1,40})?|mere fra .{1,40}|mere om .{1,40}|lisää uutisia|lisää aiheesta(?: .{1,40})?|muut uutiset|další články|další zprávy|další z rubriky(?: .{1,40})?|további (?:hírek|cikkek)|mai multe știri|mai multe din .{1,40}|alte știri|περισσότερα(?: νέα)?|άλλα νέα|більше новин|інші новини|другие новости|ещё новости|еще новости|tin khác|tin tức khác|các tin khác|כתבות נוספות|עוד כתבות|עוד חדשות|więcej wiadomości|inne wiadomości|pozostałe wiadomości|diğer haberler|daha fazla haber',
  'm[ée]s not[íi]cies|altres not[íi]cies|m[ée]s articles|m[ée]s (?:sobre|de) .{1,40}|vi[šs]e (?:vijesti|vesti|novic|[čc]lanaka|iz rubrike(?: .{1,40})?|o temi)|jo[šs] (?:vijesti|vesti|iz rubrike(?: .{1,40})?|o temi|[čc]lanaka)|ostale (?:vijesti|vesti|novice)|druge (?:novice|vijesti|vesti)|ve[čc] novic|ve[čc] iz rubrike(?: .{1,40})?|[ďd]al[šs]ie (?:spr[áa]vy|[čc]l[áa]nky|z rubriky(?: .{1,40})?)|viac (?:spr[áa]v|[čc]l[áa]nkov|z rubriky(?: .{1,40})?)|viac o .{1,40}|více (?:zpráv|článků|z rubriky(?: .{1,40})?)|více o .{1,40}|więcej (?:z|na temat) .{1,40}|więcej artykułów|inne artykuły|pozostałe artykuły|mai multe (?:articole|despre .{1,40})|alte articole|még több (?:hír|cikk|hírek)|még (?:ebben a rovatban|a rovatból)|άλλα άρθρα|περισσότερα άρθρα|περισσότερα (?:από|για) .{1,40}|berita lainnya|artikel lainnya|lainnya dari .{1,40}|bài khác|các bài khác|diğer (?:yazılar|içerikler)|daugiau naujienų|kitos naujienos|vairāk ziņu|citas ziņas|rohkem uudiseid|muud uudised|më shumë lajme|lajme të tjera',
  'више (?:вести|из рубрике(?: .{1,40})?)|још (?:вести|из рубрике(?: .{1,40})?)|остале вести|други вести|повеќе вести|уште вести|още (?:новини|статии|от .{1,40})|други новини|больше новостей|(?:ещё|еще) (?:из|в) .{1,40}|другие (?:статьи|материалы)|ще новини|інші (?:статті|матеріали)|більше (?:з|про) .{1,40}',
  'المزيد من .{1,40}|أخبار أخرى|اخبار اخرى|(?:سایر|دیگر) (?:اخبار|مطالب|خبرها)|(?:اخبار|مطالب) بیشتر|مزید خبریں|دیگر خبریں|আরও খবর',
  anyNukta('(?:और|अन्य|और भी|बाकी) (?:ख़बरें|समाचार)'),
  '更多(?:新闻|新聞|文章|报道|報導|资讯|資訊)|其他(?:新闻|新聞|文章)|その他の(?:記事|ニュース)|다른 ?(?:기사|뉴스)|더 많은 (?:기사|뉴스)',
];
/** Headings of a list the site recommends to the reader. */
const RECOMMENDED = [
  "you (?:may|might) also like|recommended(?: for you)?|editor'?s? picks?|read next|what to read next|popular .{1,30}|trending(?: now)?(?: (?:on|in) .{1,30})?|videos?",
  'misschien ook interessant|ook interessant|du kanske också gillar|mer att läsa|anbefalt for deg|du vil kanskje også like|anbefalet til dig|du vil måske også kunne lide|saatat olla kiinnostunut myös|suosittelemme|mohlo by vás zajímat|doporučujeme|ajánljuk|ajánlott cikkek|ez is érdekelheti|ezek is érdekelhetik|ți-ar putea plăcea|recomandări|recomandate|μπορεί να σας ενδιαφέρει|προτεινόμενα|вас може зацікавити|рекомендуємо|вам может быть интересно|рекомендуем|có thể bạn quan tâm|bạn có thể quan tâm|אולי יעניין אותך|מומלצים|כתבות מומלצות|może cię zainteresować|polecane|polecamy|ilginizi çekebilir|bunlar da ilginizi çekebilir',
  'te puede interesar|también te puede interesar|te recomendamos|você também pode gostar|ti potrebbe interessare|potrebbe interessarti|das könnte sie auch interessieren|vous aimerez aussi|à découvrir aussi|推荐阅读',
  "editors?['’]?s?['’]? (?:picks?|choice)|don['’]t miss|must reads?|staff picks|top picks|you may have missed|in case you missed it|recommended (?:reading|stories|articles)|we recommend|(?:també )?(?:et|us) pot interessar|recomanats|recomanem|preporu[čc]ujemo|preporu[čc]eno|izdvajamo|izdvojeno|mo[žz]da (?:vas|te) zanima|moglo bi (?:vas|te) zanimati|priporo[čc]amo|urednikov izbor|izbor urednika|mohlo by v[áa]s zauj[íi]ma[tť]|odpor[úu][čc]ame|odpor[úu][čc]an[ée](?: [čc]l[áa]nky)?|v[ýy]ber redakcie|doporučené(?: články)?|výběr redakce|nenechte si ujít|wybór redakcji|polecane artykuły|nie przegap|warto przeczytać|może cię też zainteresować|alegerea (?:redac[tțţ]iei|editorilor)|te-ar putea interesa|[tțţ]i-ar putea pl[ăa]cea|recomand[ăa]ri|articole recomandate|nu rata|a szerkesztő(?:ség)? ajánlja|szerkesztőink ajánlják|ne hagyja ki|ezt olvasta már\\??|(?:οι )?επιλογές (?:της )?σύνταξης|προτεινόμενα άρθρα|μη(?:ν)? χάσετε|pilihan (?:editor|redaksi)|rekomendasi(?: untuk anda)?|jangan lewatkan|(?:artikel|berita) pilihan|tin nổi bật|đừng bỏ lỡ|tin đề xuất|gợi ý cho bạn|editörün seç(?:imi|tikleri)|editör seçimi|öne çıkanlar|kaçırmayın|bunları kaçırmayın|sizin için seçtiklerimiz|redaktionen rekommenderar|rekommenderat|rekommenderade artiklar|missa inte|rekomenduojame|redakcija rekomenduoja|iesakām|redaktori soovitavad|soovitame|të rekomanduara|mos i humbisni",
  'препоручујемо|препоручено|издвајамо|издвојено|можда вас занима|избор уредника|препорачуваме|препоръчано|препоръчваме|препоръчани|може да ви (?:интересува|хареса)|избор на редактора|не пропускайте|выбор редакции|рекомендуемое|не пропустите|вас может заинтересовать|вибір редакції|не пропустіть',
  'اخترنا (?:لك|لكم)|قد يهمك|قد يعجبك [أا]يض(?:اً|ًا|ا)|اختيارات المحرر|پیشنهاد (?:سردبیر|ما|ویژه)|مطالب پیشنهادی|برگزیده[\u200c ]?ها|ข่าวแนะนำ|บทความแนะนำ',
  anyNukta('संपादक की पसंद|चुनिंदा ख़बरें|ख़ास ख़बरें|ज़रूर पढ़ें|आपके लिए(?: चुनिंदा| ख़ास)?'),
  '热点推荐|熱點推薦|编辑推荐|編輯推薦|精彩推荐|精彩推薦|猜你喜[欢歡]|[为為]你推[荐薦]|推薦閱讀|精[选選](?:文章|推荐|推薦)|小[编編]推[荐薦]|今日推[荐薦]|おすすめ(?:記事|ニュース)|オススメ記事|編集部(?:の)?おすすめ|注目(?:記事|ニュース)|추천 ?(?:기사|뉴스)|에디터(?:스)? ?(?:추천|픽)|이런 기사는 어떠세요|오늘의 추천',
];

/** What a page may print before a list's heading: a bracket (`【相关阅读】`, `[Related]`), a
 * bullet, bar or arrow (`▌热点推荐`, `■ 相关新闻`, `| Related`, `— Read also —`). */
const HEADING_OPEN = '(?:[【\\[［〔「]|[▌▍■□●○◆◇▶►▸»›>|｜•·*—–-]+\\s*)?';
/** What it may print after: the closing bracket, a colon, an arrow or a dash (`Najčitanije »`,
 * `Related →`). */
const HEADING_CLOSE = '(?:[】\\]］〕」]|\\s*[»›→>—–-]+)?\\s*[:：]?';

/** The heading of a story list, in the languages of the news, alone on its line (the one story
 * to read next is a list too). */
const FEATURED_HEADING = new RegExp(
  `^${HEADING_OPEN}(?:${anyArabicSpelling(anyGreekAccent([READ_ALSO, NEXT_STORY, ...MOST_READ, ...LATEST, ...RELATED, ...MORE, ...RECOMMENDED].join('|')))})${HEADING_CLOSE}$`,
  'iu',
);

/** A heading is short (`More from …` takes 40 characters at most): a longer line is not tried
 * (hot path: every open line is). */
const MAX_HEADING_CHARS = 90;
/** Cached: the heading's alternation of many languages costs microseconds a line, and the
 * short lines it is tried on repeat from page to page (menus, list titles, labels). */
const isHeading = memoizeShort(
  (t: string) => t.length <= MAX_HEADING_CHARS && FEATURED_HEADING.test(t),
  MAX_HEADING_CHARS,
);

/** Longer sentences in a list are teasers, not titles. */
const MAX_FEATURED_TITLE_WORDS = 20;

/** A listed story's title has a few words; shorter lines in a list are labels or buttons. */
const MIN_FEATURED_TITLE_WORDS = 3;

/** `About us | Stats | Advertise`: a row of links, not a story. */
const MENU_ROW = /\s[|•·]\s.*\s[|•·]\s/;

/** `The streets that will be closed are:`: a line that introduces what follows is the
 * article's, not a listed title (unless the full title follows it: a cut-off copy, `Deputy
 * Minister:` over `Deputy Minister: We Will …`). */
const INTRO_END = /[:：]$/;

/** How a story's summary sentence opens when a scraper glued it to the title. */
const SUMMARY_OPENER = /^(?:The|A|An|This|These|It|Its|In|On|At|After|As|Some|Many)$/;

/** A word that can end a title running straight into a summary (no punctuation). */
const TITLE_WORD_END = /[\p{Ll}\p{N}]$/u;

/** `1 Title one 2 Title two 3 …`: a ranked list glued on one line. Captures the first title. */
const RANKED_LIST_START = /^1\s+(\S.*?)\s+2\s+\S/;

/** A teaser ends in an ellipsis. */
const ELLIPSIS_END = /(?:…|\.\.\.)$/;

/** A story's rank, alone on its line above its title (`1`, `2.`, `#3`). */
const RANK = /^#?\d{1,2}\.?$/;
/** How old a listed story is: a number and its unit, then "ago" (`12 minutes ago`, `3 uur
 * geleden`, `2 timmar sedan`, `5 timer siden`, `4 tuntia sitten`, `3 години тому`, `2 giờ
 * trước`, `2 godziny temu`, `3 saat önce`, `2 ore fa`). */
const AGE_AFTER =
  /^(?:(?:posted|updated|published)\s+)?\d+\s*\p{L}+\.?\s+(?:ago|geleden|sedan|siden|sitten|tomu|тому|назад|trước|temu|önce|fa)$/iu;
/** The same with "ago" first (`acum 2 ore`, `för 2 timmar sedan`, `před 3 hodinami`, `πριν
 * από 3 ώρες`, `לפני 3 שעות`, `hace 2 horas`, `il y a 2 heures`, `cách đây 2 giờ`). */
const AGE_BEFORE =
  /^(?:acum|för|před|pred|vor|il y a|hace|há|πριν(?: από)?|לפני|cách đây)\s+\d+\s*\p{L}+(?:\s+sedan)?$/iu;
/** Hungarian ages are one word after the number (`25 perce`, `3 órája`, `2 napja`). */
const AGE_HUNGARIAN = /^\d+\s+(?:másodperce|perce|órája|napja|hete|hónapja)$/iu;
/** "Today", "yesterday", maybe with the time (`Igår 09.12`, `I går`, `eilen klo 14.05`,
 * `tegnap 9:12`, `χθες 20:15`, `вчора о 18:30`, `hôm qua`, `אתמול`), in the languages of the
 * news: a day, but no date. */
const RELATIVE_DAY = new RegExp(
  `^(?:today|yesterday|idag|i dag|igår|i går|vandaag|gisteren|eilen|tänään|dnes|včera|ma|tegnap|azi|ieri|oggi|σήμερα|χθες|сьогодні|вчора|сегодня|вчера|hôm nay|hôm qua|היום|אתמול|dziś|dzisiaj|wczoraj|aujourd['’]hui|hier|heute|gestern|hoy|ayer|hoje|ontem|bugün|dün|hari ini|kemarin)(?:,?\\s+(?:at|kl\\.?|klo|om|um|à|às|a las|alle|la|o|о|в|v|lúc|בשעה)?\\s*${TIME})?$`,
  'iu',
);
/** A day and month without the year (`2 maj`, `9. března`, `March 8`, `12 Μαρτίου, 14:05`):
 * no date (the year is not printed), still the story's stamp. */
const DAY_MONTH = new RegExp(`^(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?(?:,?\\s+${TIME})?$`, 'u');
const MONTH_DAY = new RegExp(
  `^(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?(?:,?\\s+${TIME})?$`,
  'u',
);
/** Tabs a list's box may print between its heading and its first title (`Articles`, `Images`,
 * `Videos`). */
const MAX_TABS = 3;

/** Titles without a summary under them that show a list prints none. */
const MIN_BARE_TITLES = 2;

/** Titles, each after its stamp, that show a list prints a stamp before each title. */
const MIN_STAMPED_TITLES = 2;
/** A stamp is short: a longer line is not tried (hot path). */
const MAX_STAMP_CHARS = 40;

/** What a story list prints beside a title other than a date with its year: a rank, a time, how
 * old the story is, a day without its year. It belongs to the story and is no title. */
function isStamp(t: string): boolean {
  if (t.length > MAX_STAMP_CHARS) return false;
  if (RANK.test(t) || stampKind(t) !== null) return true;
  if (AGE_AFTER.test(t) || AGE_BEFORE.test(t) || AGE_HUNGARIAN.test(t) || RELATIVE_DAY.test(t))
    return true;
  const m = DAY_MONTH.exec(t);
  if (m) return isMonthName(m[2]!);
  const n = MONTH_DAY.exec(t);
  return n !== null && isMonthName(n[1]!);
}

export const featuredList: ParseRule = {
  name: 'featuredList',
  purpose:
    'Labelled story lists (Related, Most Popular, More:, ranked lists) become featured stories with their dates and bylines.',
  reads: ['open lines'],
  sets: ['featured', 'line role featured', 'dropped: featured-*', 'cut: featured-*'],
  run,
};

/** A sentence too long for a headline: the summary printed under a listed story. */
function isTeaser(s: string): boolean {
  const max = MAX_FEATURED_TITLE_WORDS;
  return isProse(s) && wordCount(s, max + 1) > max;
}

/** A paragraph, not a headline that ends in a question or exclamation mark. */
function isParagraph(t: string): boolean {
  return isProse(t) && (t.endsWith('.') || !isTitleLike(t));
}

/** Page furniture that no list runs past: the legal footer (`Privacy policy`), the licence,
 * a comment form (`Leave a reply`), a captcha, a poll: the page's lists are over there. */
const LIST_END_REASONS = new Set([
  'boilerplate:legal',
  'boilerplate:licence',
  'boilerplate:comment-form',
  'boilerplate:captcha',
  'boilerplate:poll',
]);

/** The links that close a page (`View full site`, `Back to top`), in the languages of the news:
 * the page's lists are over there. */
const PAGE_END_LINK =
  /^(?:view (?:the )?(?:full|desktop|mobile|classic) (?:site|version)|(?:full|desktop|mobile|classic) (?:site|version)|switch to (?:the )?(?:desktop|mobile|full) (?:site|version)|back to top|version (?:complète|mobile|classique)|retour en haut(?: de (?:la )?page)?|versión (?:completa|de escritorio|móvil)|volver arriba|versão (?:completa|desktop|clássica)|voltar ao topo|(?:zur )?desktop-version|nach oben|versione (?:completa|desktop)|torna su|volledige site|naar boven|skrivbordsversion|fullversjon|fuld version|til toppen|työpöytäversio|plná verze|teljes (?:nézet|verzió)|versiunea completă|πλήρης έκδοση|повна версія|полная версия|наверх|phiên bản đầy đủ|pełna wersja|do góry|masaüstü (?:görünümü|sürümü)|başa dön)$/iu;
const MAX_END_LINK_CHARS = 40;

/** A line a list does not run past: one another rule gave the record, or page furniture that
 * closes the page's lists. */
function isItemEnd(line: Line): boolean {
  if (line.reason !== null && LIST_END_REASONS.has(line.reason)) return true;
  if (line.text.length <= MAX_END_LINK_CHARS && PAGE_END_LINK.test(line.text)) return true;
  return !isOpen(line) && line.role !== null && line.role !== 'dropped';
}

/** A line that can be a listed story's title. */
function isItem(t: string): boolean {
  const n = wordCount(t, MAX_FEATURED_TITLE_WORDS + 1);
  if (n < MIN_FEATURED_TITLE_WORDS || n > MAX_FEATURED_TITLE_WORDS) return false;
  if (MENU_ROW.test(t)) return false;
  return isTitleLike(t) || !isProse(t) || ELLIPSIS_END.test(t);
}

/** `Title Title`: one title printed twice on a line (two links of one story). */
function undoubled(t: string): string {
  const h = (t.length - 1) / 2;
  return Number.isInteger(h) && t[h] === ' ' && t.slice(0, h) === t.slice(h + 1)
    ? t.slice(0, h)
    : t;
}

/** `Title The summary sentence…`: a list entry with its summary glued on, split where the
 * summary opens (a determiner, or the title's first word again, after a lowercase word). */
function gluedSummary(t: string): [string, string] | null {
  if (!isProse(t)) return null;
  const words = t.split(' ');
  for (let k = MIN_FEATURED_TITLE_WORDS; k < words.length - 1; k++) {
    if (k > MAX_FEATURED_TITLE_WORDS) break;
    const w = words[k]!;
    const opens = SUMMARY_OPENER.test(w) || w === words[0];
    if (opens && TITLE_WORD_END.test(words[k - 1]!))
      return [words.slice(0, k).join(' '), words.slice(k).join(' ')];
  }
  return null;
}

/** `1 Title one 2 Title two …` split into its titles; null when the line is no such list. */
function rankedTitles(t: string): string[] | null {
  if (!RANKED_LIST_START.test(t)) return null;
  const titles: string[] = [];
  let from = 2; // after "1 "
  for (let k = 2; ; k++) {
    const at = t.indexOf(` ${k} `, from);
    if (at < 0) break;
    titles.push(t.slice(from, at).trim());
    from = at + ` ${k} `.length;
  }
  titles.push(t.slice(from).trim());
  return titles.every((x) => wordCount(x) >= MIN_FEATURED_TITLE_WORDS) ? titles : null;
}

/** Keeps the first of stories listed twice, and the full title where a cut-off one is listed. */
function dedupe(stories: FeaturedStory[]): FeaturedStory[] {
  const keys = stories.map((s) => lineKey(s.title));
  const sorted = [...new Set(keys)].sort();
  /** Is some other key longer and starting with `k`? (It sorts right after `k`.) */
  const extended = (k: string) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo]?.startsWith(k) ?? false;
  };
  const seen = new Map<string, FeaturedStory>();
  return stories.filter((s, i) => {
    const k = keys[i]!;
    const first = seen.get(k);
    // A repeat may print what the first did not; one that prints otherwise is kept.
    const clash = (a: string | null, b: string | null) => a !== null && b !== null && a !== b;
    if (first && !clash(first.date, s.date) && !clash(first.byline, s.byline)) {
      first.date ??= s.date;
      first.byline ??= s.byline;
      return false;
    }
    seen.set(k, s);
    return !(ELLIPSIS_END.test(s.title) && extended(k));
  });
}

/** List headings that are also menu labels: below one, the article itself may start. */
const MENU_LIKE_HEADING = /^(?:videos?|more|latest|popular|trending|top stories)\s*[»›→>]*\s*:?$/i;
/** How far below a title its byline and its first paragraph may stand for it to be an
 * article's head rather than a listed story. */
const ARTICLE_HEAD_LINES = 3;
const ARTICLE_BODY_LINES = 12;
/** A paragraph this long after a title and byline is an article's, not a teaser. */
const ARTICLE_PARAGRAPH_WORDS = 25;

/**
 * Does the article itself start at line `j` (its headline, then a byline, then paragraphs)? A
 * menu label such as `Video` above a headline reads like a list heading; what follows it shows
 * it is not a list: a listed story is not followed by its author and a long paragraph.
 */
function startsArticle(lines: readonly Line[], j: number): boolean {
  const open: string[] = [];
  for (let k = j + 1; k < lines.length && open.length < ARTICLE_BODY_LINES; k++)
    if (isOpen(lines[k]!)) open.push(lines[k]!.text);
  const byline = open
    .slice(0, ARTICLE_HEAD_LINES)
    .some((t) => lineFields(t).some((f) => f.byline !== null));
  return (
    byline &&
    open.some((t) => isProse(t) && wordCount(t, ARTICLE_PARAGRAPH_WORDS) >= ARTICLE_PARAGRAPH_WORDS)
  );
}

/** A lead photo's caption between a headline and its byline is short. */
const MAX_CAPTION_WORDS = 40;

/** An author's name printed alone (`Anna Kowalczyk`) has a few words. */
const MAX_AUTHOR_WORDS = 4;
/** Between an author's name and the outlet printed after it (`Name - Outlet`, `Name | Outlet`). */
const NAME_OUTLET_SEPARATOR = /\s[-–—|]\s/;

/** Byline and date lines an article's headline may stand above. */
const MAX_ARTICLE_HEAD_FIELDS = 2;

/** Reads the list under the heading at `i`; a `tight` list (under a button set in the text)
 * ends at its first blank line. */
function readList(
  state: ParseState,
  i: number,
  lineOf: Map<FeaturedStory, Line>,
  masthead: ReadonlyMap<string, number>,
  tight = false,
): number {
  const lines = state.lines;
  const firstStory = state.featured.length;
  const menuLike = MENU_LIKE_HEADING.test(lines[i]!.text);
  /** No paragraph stands above the list: it is above the article, if anything. (Asked only
   * at a headline's shape: a scan of the text above each list would be quadratic.) */
  const above = () => !lines.slice(0, i).some((l) => isParagraph(l.text));
  let last: FeaturedStory | null = null;
  let lastLine: Line | null = null;
  let lastKey = '';
  /** Titles read so far, how many of them right after a stamp (`14:31`, `1`), and whether the
   * line before this one was a stamp. */
  let titles = 0;
  let stampedTitles = 0;
  let afterStamp = false;
  /** Summaries dropped under the titles so far. */
  let teasers = 0;
  /** Each title so far came right after its stamp: a title without one is no longer the list's
   * (a section label and the article's headline, under a list of the latest stories). */
  const stampsEach = () => titles >= MIN_STAMPED_TITLES && stampedTitles === titles;
  let j = i + 1;
  /** The index of the next open line after `from`, or -1. */
  const nextAt = (from: number) => {
    for (let k = from + 1; k < lines.length; k++) if (isOpen(lines[k]!)) return k;
    return -1;
  };
  const next = (from: number) => {
    const k = nextAt(from);
    return k < 0 ? null : lines[k]!.text;
  };
  /** After the line at `from`, a few more of a box's tabs (`Articles` / `Images`), then two
   * titles: the tabs stand between the list's heading and its titles. (Not under a heading
   * that is also a menu's label: there, short lines are the menu's.) */
  const tabsThenItems = (from: number) => {
    if (menuLike) return false;
    let k = from;
    for (let n = 0; n < MAX_TABS; n++) {
      k = nextAt(k);
      if (k < 0) return false;
      const x = lines[k]!.text;
      if (isItem(x)) return isItem(next(k) ?? '');
      if (wordCount(x, MIN_FEATURED_TITLE_WORDS) >= MIN_FEATURED_TITLE_WORDS) return false;
    }
    return false;
  };
  /** A title followed by two paragraphs: the article's subheading, the article going on. */
  const headsParagraphs = (from: number) => {
    const k = nextAt(from);
    return k >= 0 && isParagraph(lines[k]!.text) && isParagraph(next(k) ?? '');
  };
  /** The last of the byline and date lines right after `from`, or -1 when none follows. */
  const fieldsEnd = (from: number) => {
    let k = from;
    for (let n = 0; n < MAX_ARTICLE_HEAD_FIELDS; n++) {
      const at = nextAt(k);
      if (at < 0 || !isHeadField(lines[at]!.text)) break;
      k = at;
    }
    return k === from ? -1 : k;
  };
  /** A title, its byline or date lines, then two paragraphs: the article's own head (a listed
   * story has one teaser at most). The author's name alone, or the lead photo's caption, may
   * stand above the byline or date (a caption asked last: its patterns cost more). */
  /** Past the head's fields, the text: two paragraphs, maybe under the lead photo's caption
   * (a short line that ends no sentence: after a title and its date, no listed story). */
  const headsBody = (from: number) => {
    if (headsParagraphs(from)) return true;
    const k = nextAt(from);
    const t = k < 0 ? '' : lines[k]!.text;
    return (
      t !== '' &&
      !endsSentence(t) &&
      wordCount(t, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS &&
      headsParagraphs(k)
    );
  };
  const headsArticle = (from: number) => {
    const direct = fieldsEnd(from);
    if (direct >= 0) return headsBody(direct);
    const caption = nextAt(from);
    const past = caption < 0 ? -1 : fieldsEnd(caption);
    if (past < 0 || !headsBody(past)) return false;
    const t = lines[caption]!.text;
    // The author's name alone on its line (no `By`) above the date, maybe with the outlet
    // after a dash or bar (`Name - Outlet`): the byline.
    const name = t.split(NAME_OUTLET_SEPARATOR, 1)[0]!;
    if (wordCount(name, MAX_AUTHOR_WORDS + 1) <= MAX_AUTHOR_WORDS && isName(name)) return true;
    return wordCount(t, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS && isCaption(t);
  };
  for (; j < lines.length; j++) {
    const line = lines[j]!;
    if (line.text === '') {
      if (tight && last) break;
      continue;
    }
    if (isItemEnd(line)) break;
    if (!isOpen(line)) continue;
    const t = line.text;
    if (isHeading(t)) break;
    if (isMastheadAgain(masthead, t, j)) break; // the outlet's name again: the page's footer
    const date = dateLine(t);
    const by = BYLINE.exec(t);
    const after = next(j);
    const ranked = rankedTitles(t);
    // The list's heading was a menu label (`Video`) right above the article's own head.
    if (menuLike && startsArticle(lines, j)) break;
    // A stamp beside a title (a rank, a time, an age): the list goes on past it.
    const stamped: boolean = afterStamp;
    afterStamp = false;
    if (!date && isStamp(t) && (last !== null || (after !== null && isItem(after)))) {
      drop(line, 'featured-stamp');
      afterStamp = true;
      continue;
    }
    if (date && last?.date !== null) break; // one date a story: another starts something else
    if (by && last && last.byline !== null) break; // one byline a story, likewise
    // Stories listed with their dates, then a title without one over paragraphs: the article.
    if (last?.date && !date && !by && headsParagraphs(j)) break;
    // A list above any paragraph, then a title over a byline or date and paragraphs: the
    // article's headline; the same right under the heading, which was then a menu's label
    // (`Uusimmat`, "latest"). (Below paragraphs, a list set in the article may end so.)
    if (!date && !by && headsArticle(j) && above()) break;
    if (last && INTRO_END.test(t) && !date && !(after !== null && startsWithKey(after, t))) break;
    if (last && date) {
      last.date = date.iso.slice(0, 10);
      line.role = 'featured';
      // `Name • February 15, 2017`: what the line prints beside the date is reported.
      const rest = t.replace(date.text, ' ');
      if (wordCount(rest, 1) > 0)
        state.cut.push({ line: line.no, text: rest.trim(), reason: 'featured-rest' });
    } else if (last && by && wordCount(by[1]!) <= MAX_NAME_WORDS) {
      last.byline = by[1]!.trim();
      line.role = 'featured';
    } else if (
      last &&
      // One teaser per story: a sentence followed by more is the article going on.
      !(after !== null && isParagraph(after)) &&
      (ELLIPSIS_END.test(t) || isTeaser(t) || (isProse(t) && !isTitleLike(t)))
    ) {
      // Titles listed without summaries, then a sentence the list does not go on after: the
      // article going on (a box set in the article, before its last paragraph).
      if (titles >= MIN_BARE_TITLES && teasers === 0 && !(after !== null && isItem(after))) break;
      drop(line, 'featured-teaser');
      teasers++;
    } else if (ranked) {
      state.featured.push(...ranked.map((title) => ({ title, date: null, byline: null })));
      line.role = 'featured';
      const ranks = ranked.map((_, k) => k + 1).join(' ');
      state.cut.push({ line: line.no, text: ranks, reason: 'featured-ranks' });
      last = null;
    } else if (!last && !isItem(t) && gluedSummary(t)) {
      // Only at a list's head or after another such entry: a title with its summary glued on.
      const [title, summary] = gluedSummary(t)!;
      state.featured.push({ title, date: null, byline: null });
      state.cut.push({ line: line.no, text: summary, reason: 'featured-teaser' });
      line.role = 'featured';
    } else if (isItem(undoubled(t))) {
      const [unranked, marker] = withoutMarker(undoubled(t));
      const [untagged, ticker] = withoutTicker(unranked);
      const [title, dated] = withoutTrailingDate(untagged);
      const key = lineKey(title);
      const day = dated?.iso.slice(0, 10) ?? null;
      // The full title after its cut-off copy, unless the two print different dates.
      const clash = day !== null && last?.date != null && last.date !== day;
      const fullCopy = last && lastLine && key.startsWith(lastKey) && !clash;
      if (!fullCopy && stampsEach() && !stamped) break;
      if (fullCopy && last && lastLine) {
        drop(lastLine, 'featured-duplicate');
        last.title = title;
        last.date = day ?? last.date;
      } else {
        last = { title, date: day, byline: null };
        state.featured.push(last);
        titles++;
        if (stamped) stampedTitles++;
      }
      // The date is in the record as the story's; its printed words are reported.
      if (dated) state.cut.push({ line: line.no, text: dated.text, reason: 'featured-date' });
      if (ticker) state.cut.push({ line: line.no, text: ticker, reason: 'featured-label' });
      if (marker) state.cut.push({ line: line.no, ...marker });
      lineOf.set(last, line);
      lastKey = key;
      lastLine = line;
      line.role = 'featured';
    } else if (
      wordCount(t) < MIN_FEATURED_TITLE_WORDS &&
      after !== null &&
      (isItem(after) || (last === null && tabsThenItems(j)))
    ) {
      if (stampsEach() && !stamped) break;
      drop(line, 'featured-label');
      afterStamp = stamped; // `14:31` / `Sport` / title: the stamp is still the title's
    } else break;
  }
  unrank(state, state.featured.slice(firstStory), lineOf);
  return j;
}

/** `Breaking: Title`, `Just in - Title`: a news ticker's label before a listed title, in the
 * languages of the news (`Eilmeldung:`, `Dernière minute :`, `Última hora:`, `Son dakika:`,
 * `Срочно:`, `Терміново:`, `عاجل:`, `속보`). */
const TICKER_LABEL =
  /^(?:breaking(?: news)?|just in|developing|eilmeldung|dernière minute|urgent|última hora|último momento|urgente|ultima oră|ultim['’]ora|son dakika|срочно|терміново|pilne|عاجل|快讯|速報|속보)\s*(?:[:|–—]|-(?=\s))\s*/iu;

/** `1. Title`, `2) Title`: a rank before a listed title, as text-mode browsers print a
 * numbered list. */
const RANK_MARK = /^\d{1,2}[.)]\s+(?=\S)/;

/** `1 Title`, `1\tTitle`, `1.Title`, `01 Title`, `#1 Title`, `1 - Title`: a rank glued to a
 * listed title, which could also be a title's own number (`5 things to know`, `10 Downing
 * Street`): captures the rank's number. Not `1.5 million …` (a digit after the mark). */
const GLUED_RANK = /^#?(\d{1,2})(?:[.)]|\s*[-–—|]\s|\s)\s*(?=[^\d\s])/u;
/** Titles in a row whose numbers count up by one (`1`, `2`, `3` or `01`, `02`) are ranks. */
const MIN_RANKED_TITLES = 2;

/** The stories of a list whose titles open with numbers counting up by one, in a row of at
 * least MIN_RANKED_TITLES: their numbers are ranks, cut off the titles and reported. */
function unrank(
  state: ParseState,
  stories: readonly FeaturedStory[],
  lineOf: ReadonlyMap<FeaturedStory, Line>,
): void {
  const rankOf = (s: FeaturedStory) => {
    const m = lineOf.has(s) ? GLUED_RANK.exec(s.title) : null;
    return m && isItem(s.title.slice(m[0].length)) ? m : null;
  };
  let k = 0;
  while (k < stories.length) {
    const first = rankOf(stories[k]!);
    let end = k + 1;
    if (first) {
      let n = Number(first[1]);
      while (end < stories.length && Number(rankOf(stories[end]!)?.[1]) === n + 1) {
        n++;
        end++;
      }
    }
    if (end - k >= MIN_RANKED_TITLES)
      for (const story of stories.slice(k, end)) {
        const m = rankOf(story)!;
        story.title = story.title.slice(m[0].length);
        const text = m[0].trim();
        state.cut.push({ line: lineOf.get(story)!.no, text, reason: 'featured-ranks' });
      }
    k = end;
  }
}

/** A listed title without the bullet or rank a dump printed before it (`* Title`, `• Title`,
 * `1. Title`), and what was taken off, to report (none: the title as it is, and null). */
function withoutMarker(t: string): [string, { text: string; reason: string } | null] {
  const bullet = BULLET.exec(t);
  const m = bullet ?? RANK_MARK.exec(t);
  if (!m || !isItem(t.slice(m[0].length))) return [t, null];
  const reason = bullet ? 'featured-label' : 'featured-ranks';
  return [t.slice(m[0].length), { text: m[0].trim(), reason }];
}

/** A listed title and its ticker label apart (no label: the title as it is, and null). */
function withoutTicker(t: string): [string, string | null] {
  const m = TICKER_LABEL.exec(t);
  if (!m || !isItem(t.slice(m[0].length))) return [t, null];
  return [t.slice(m[0].length), m[0].trim()];
}

/** Does `t` open with `head`, as a full title with its cut-off copy? */
function startsWithKey(t: string, head: string): boolean {
  return lineKey(t).startsWith(lineKey(head));
}

/** `Title NOV. 7, 2010`: a listed title with its date printed after it on the same line; the
 * title and the date apart (no date: the title as it is). */
function withoutTrailingDate(t: string): [string, FoundDate | null] {
  const date = findDate(t);
  if (!date || !t.endsWith(date.text)) return [t, null];
  const title = t.slice(0, t.length - date.text.length).replace(TRAILING_DATE_SEPARATOR, '');
  return isItem(title) ? [title, date] : [t, null];
}

/** `Title — `, `Title |`: what stands between a title and the date after it. */
const TRAILING_DATE_SEPARATOR = /[\s|•·,–—-]+$/;

/** `Read more` is a button (boilerplate drops it) or, above a few titles, a list's heading;
 * `More` alone is a menu's button. */
function isButtonHeading(line: Line): boolean {
  return (
    line.reason === 'boilerplate:more-articles' &&
    wordCount(line.text, 2) >= 2 &&
    isHeading(line.text)
  );
}

/** A page opens with the outlet's name among its first lines (`Skip to content`, the name,
 * `Menu`); printed again below a list, it opens the page's footer (the name, its address, its
 * editor). The first lines, as keys, with their indexes. */
const MASTHEAD_LINES = 3;
/** An outlet's name has a few words. */
const MAX_MASTHEAD_WORDS = 5;

function mastheadLines(lines: readonly Line[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 0; k < lines.length && out.size < MASTHEAD_LINES; k++) {
    const t = lines[k]!.text;
    if (t !== '' && wordCount(t, MAX_MASTHEAD_WORDS + 1) <= MAX_MASTHEAD_WORDS)
      out.set(lineKey(t), k);
    else if (t !== '') break; // a longer line: the page's head is over
  }
  return out;
}

/** Is the line at `j` one of the page's first lines printed again? */
function isMastheadAgain(masthead: ReadonlyMap<string, number>, t: string, j: number): boolean {
  if (masthead.size === 0 || wordCount(t, MAX_MASTHEAD_WORDS + 1) > MAX_MASTHEAD_WORDS)
    return false;
  const at = masthead.get(lineKey(t));
  return at !== undefined && at < j;
}

function run(state: ParseState): void {
  const lines = state.lines;
  /** The line each listed story was read from (one story a line). */
  const lineOf = new Map<FeaturedStory, Line>();
  const masthead = mastheadLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (isButtonHeading(head)) {
      i = readList(state, i, lineOf, masthead, true) - 1;
      continue;
    }
    if (!isOpen(head) || !isHeading(head.text)) continue;
    drop(head, 'featured-heading');
    i = readList(state, i, lineOf, masthead) - 1;
  }
  const kept = dedupe(state.featured);
  // A story listed again (or cut off, `Title of th…`) is the same story: its line is a duplicate.
  const keptSet = new Set(kept);
  for (const [story, line] of lineOf)
    if (!keptSet.has(story) && line.role === 'featured') drop(line, 'featured-duplicate');
  state.featured = kept;
}
