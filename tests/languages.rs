//! Every language: detection on short and mixed-language text, and a pasted web page per language.
//!
//! Each `tests/fixtures/lang/<tag>.txt` is a small web page written for the test, pasted whole, with
//! the same eleven paragraphs in every language (see [`Page`]): menu, headline, byline, four article
//! paragraphs around a photo caption with its credit and a "read more" line, a row of share buttons and
//! a footer. The page tests check that the language is detected, that every sentence of the summary
//! comes from the article's paragraphs, that none of those is left out, and that the menu, the caption
//! and the footer are.
//! Detection over many texts, with accuracy per language, is `scripts/lang/detect_eval.py`.

use abridge::{detect_language, summarize, Boilerplate, Language, Options, Span};

const TAGS: [&str; 27] = [
    "en", "de", "fr", "es", "it", "pt", "nl", "da", "sv", "no", "fi", "hu", "ro", "el", "ru", "uk", "pl", "cs", "sk", "tr", "ar",
    "hi", "id", "vi", "zh", "ja", "ko",
];

fn fixture(tag: &str) -> String {
    let path = format!("{}/tests/fixtures/lang/{tag}.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A fixture page, cut into its paragraphs (blank lines), which every page has in the same order.
struct Page {
    text: String,
    paragraphs: Vec<Span>,
}

const MENU: usize = 0;
const HEADLINE: usize = 1;
const ARTICLE: [usize; 4] = [3, 4, 6, 8];
const CAPTION: usize = 5;
const FOOTER: usize = 10;

impl Page {
    fn load(tag: &str) -> Page {
        let text = fixture(tag);
        let mut paragraphs = Vec::new();
        let mut at = 0;
        for part in text.split("\n\n") {
            let start = at + (part.len() - part.trim_start().len());
            let end = at + part.trim_end().len();
            if end > start {
                paragraphs.push(Span::new(start, end));
            }
            at += part.len() + 2;
        }
        assert_eq!(paragraphs.len(), 11, "{tag}: a fixture page has eleven paragraphs");
        Page { text, paragraphs }
    }

    fn paragraph(&self, i: usize) -> &str {
        self.paragraphs[i].slice(&self.text)
    }
}

fn tag(language: Language) -> &'static str {
    language.tag()
}

/// Danish and Norwegian (Bokmål) share most of their spelling: on short texts each is taken for the
/// other often enough (docs/languages.md has the rates) that the every-language tests below leave them to
/// [`danish_and_norwegian_short_texts`].
const CLOSE_PAIR: [&str; 2] = ["da", "no"];

/// Every language, English and Thai included, but the close pair.
fn distinct_tags() -> impl Iterator<Item = &'static str> {
    TAGS.iter().copied().chain(["th"]).filter(|t| !CLOSE_PAIR.contains(t))
}

#[test]
fn every_supported_language_has_a_fixture_page() {
    let mut tags: Vec<&str> = TAGS.to_vec();
    tags.push("th");
    let registered: Vec<&str> = Language::all().map(Language::tag).collect();
    for t in &registered {
        assert!(tags.contains(t), "{t} has no page in tests/fixtures/lang/");
    }
    assert_eq!(tags.len(), registered.len());
}

/// Czech and Slovak share much of their spelling too: a headline of a few words may hold none of either's
/// own letters ("ě", "ř", "ů"; "ä", "ľ", "ô"), and one in six is taken for the other (docs/languages.md
/// has the rates), so the headline test leaves them to [`czech_and_slovak_headlines`]; their paragraphs
/// and pages are told apart in every test.
const CLOSE_ON_HEADLINES: [&str; 2] = ["cs", "sk"];

#[test]
fn a_headline_alone_is_detected_in_every_language() {
    let mut wrong = Vec::new();
    for t in distinct_tags().filter(|t| !CLOSE_ON_HEADLINES.contains(t)) {
        let page = Page::load(t);
        let headline = page.paragraph(HEADLINE);
        let got = tag(detect_language(headline));
        if got != t {
            wrong.push(format!("{t}: {headline:?} -> {got}"));
        }
    }
    assert!(wrong.is_empty(), "headlines detected wrongly:\n{}", wrong.join("\n"));
}

#[test]
fn two_sentences_are_detected_in_every_language() {
    let mut wrong = Vec::new();
    for t in distinct_tags() {
        let page = Page::load(t);
        for &p in &ARTICLE {
            let got = tag(detect_language(page.paragraph(p)));
            if got != t {
                wrong.push(format!("{t} paragraph {p} -> {got}"));
            }
        }
    }
    assert!(wrong.is_empty(), "paragraphs detected wrongly:\n{}", wrong.join("\n"));
}

#[test]
fn an_article_quoting_english_under_an_english_menu_keeps_its_language() {
    let english_menu = "Home | News | World | Business | Sport | Sign in";
    let english_quote = "\"We are delighted that the new line is finally open to the public,\" the minister said in English.";
    let mut wrong = Vec::new();
    for t in distinct_tags().filter(|t| *t != "en") {
        let page = Page::load(t);
        let text = format!(
            "{english_menu}\n\n{}\n\n{}\n\n{english_quote}\n\n{}\n\nPrivacy policy | Terms of use | Contact us",
            page.paragraph(HEADLINE),
            page.paragraph(ARTICLE[0]),
            page.paragraph(ARTICLE[1])
        );
        let got = tag(detect_language(&text));
        if got != t {
            wrong.push(format!("{t} -> {got}"));
        }
    }
    assert!(wrong.is_empty(), "mixed pages detected wrongly:\n{}", wrong.join("\n"));
}

#[test]
#[ignore = "Danish and Norwegian short texts are told apart 77-86 % of the time (docs/languages.md): a known weakness"]
fn danish_and_norwegian_short_texts() {
    for t in CLOSE_PAIR {
        let page = Page::load(t);
        for p in [HEADLINE, ARTICLE[0], ARTICLE[1], ARTICLE[2], ARTICLE[3]] {
            assert_eq!(tag(detect_language(page.paragraph(p))), t, "{}", page.paragraph(p));
        }
    }
}

#[test]
#[ignore = "Czech and Slovak headlines are told apart 83-87 % of the time (docs/languages.md): a known weakness"]
fn czech_and_slovak_headlines() {
    for t in CLOSE_ON_HEADLINES {
        let page = Page::load(t);
        assert_eq!(tag(detect_language(page.paragraph(HEADLINE))), t, "{}", page.paragraph(HEADLINE));
    }
}

#[test]
fn danish_and_norwegian_pages_are_told_apart() {
    for t in CLOSE_PAIR {
        assert_eq!(tag(detect_language(&fixture(t))), t);
    }
}

#[test]
fn english_with_a_foreign_word_or_two_stays_english() {
    let text = "The chancellor called it a Zeitenwende, and the French press spoke of a coup de théâtre. \
                Most economists expect the policy to stay in place for years.";
    assert_eq!(tag(detect_language(text)), "en");
}

#[test]
fn scripts_decide_between_close_languages() {
    let cases = [
        // Japanese writes kana among its kanji; Chinese does not.
        ("東京都は新しい計画を発表した。", "ja"),
        ("东京都发表了新的计划。", "zh"),
        ("東京都發表了新的計劃。", "zh"),
        // Ukrainian і ї є ґ, Russian ы э ё.
        ("Уряд ухвалив нове рішення щодо енергетики", "uk"),
        ("Правительство приняло новое решение об энергетике", "ru"),
        ("Її історія є цікавою", "uk"),
        ("Это было быстро", "ru"),
    ];
    for (text, expected) in cases {
        assert_eq!(tag(detect_language(text)), expected, "{text}");
    }
}

#[test]
fn text_in_an_unsupported_language_is_und() {
    let cases = [
        // Armenian, Georgian, Amharic, Hebrew: scripts of their own.
        "Հայաստանի կառավարությունը հաստատեց նոր ծրագիրը։ Այն կգործի հաջորդ տարվանից։",
        "საქართველოს მთავრობამ ახალი გეგმა დაამტკიცა. ის მომავალი წლიდან ამოქმედდება.",
        "የኢትዮጵያ መንግሥት አዲስ እቅድ አጸደቀ። እቅዱ ከሚቀጥለው ዓመት ጀምሮ ተግባራዊ ይሆናል።",
        "הממשלה אישרה תוכנית חדשה. היא תיכנס לתוקף בשנה הבאה.",
        // Swahili and Somali: Latin script, no supported language.
        "Serikali ya Kenya imetangaza mpango mpya wa kujenga barabara katika maeneo ya vijijini. Mpango huo utaanza mwaka ujao na unatarajiwa kuwanufaisha wananchi wengi.",
        "Dowladda Soomaaliya ayaa ku dhawaaqday qorshe cusub oo lagu dhisayo waddooyin cusub. Qorshahan wuxuu bilaabanayaa sanadka soo socda.",
        // Persian (Arabic script with پ چ ژ گ ک ی), Kazakh (Cyrillic with ә қ ң ө ұ ү).
        "دولت ایران برنامه جدیدی را برای ساخت جاده‌های روستایی تصویب کرد. این برنامه از سال آینده اجرا می‌شود.",
        "Қазақстан үкіметі жаңа жоспарды бекітті. Ол келесі жылдан бастап күшіне енеді.",
    ];
    for text in cases {
        assert_eq!(detect_language(text), Language::UNDETERMINED, "{text}");
    }
}

#[test]
fn junk_and_mixed_scripts_never_panic() {
    let mut junk = vec![
        String::new(),
        " \n\t ".to_string(),
        "12 345 678 — 9.10".to_string(),
        "🙂🙂🙂 ✓✓ ★".to_string(),
        "a".to_string(),
        "Ж".to_string(),
        "日本語とEnglishとРусскийとعربيとहिन्दीとไทยと한국어".to_string(),
        "\u{0}\u{1}\u{FFFD}\u{200B}\u{FEFF}".to_string(),
        "e\u{301}\u{301}\u{301}\u{301}".to_string(),
    ];
    // Long texts are sampled in windows: windows that start or end inside a multi-byte character.
    for unit in ["Ж", "日", "🙂", "ä a "] {
        junk.push(unit.repeat(40_000));
    }
    junk.push((0u32..200_000).filter_map(char::from_u32).collect());
    for text in &junk {
        let _ = detect_language(text);
    }
    assert_eq!(detect_language("12 345 678"), Language::UNDETERMINED);
    assert_eq!(detect_language("🙂🙂🙂"), Language::UNDETERMINED);
}

#[test]
fn a_long_text_is_detected_from_its_sample() {
    let page = Page::load("de");
    let text = page.paragraph(ARTICLE[0]).repeat(6_000); // over 1 MB
    assert!(text.len() > 1_000_000);
    assert_eq!(tag(detect_language(&text)), "de");
}

/// The pasted page of `t`: detected, summarized from the article only, furniture left out.
fn check_page(t: &str) {
    let page = Page::load(t);
    let summary = summarize(&page.text, &Options::sentences(3)).unwrap_or_else(|e| panic!("{t}: {e}"));
    assert_eq!(tag(summary.language), t, "{t}: detected language");
    assert!(!summary.sentences.is_empty(), "{t}: an empty summary");
    for sentence in &summary.sentences {
        let inside = ARTICLE.iter().any(|&p| {
            let paragraph = page.paragraphs[p];
            paragraph.start <= sentence.span.start && sentence.span.end <= paragraph.end
        });
        assert!(inside, "{t}: a summary sentence from outside the article: {:?}", sentence.span.slice(&page.text));
    }
    // The whole article is kept: its last paragraph too, under the "read more" line set into it.
    for &p in &ARTICLE {
        let paragraph = page.paragraphs[p];
        let left_out = summary.left_out.iter().find(|l| l.span.start < paragraph.end && paragraph.start < l.span.end);
        assert!(left_out.is_none(), "{t}: an article paragraph left out as {:?}: {:?}", left_out.map(|l| l.kind), page.paragraph(p));
    }
    for (what, p) in [("menu", MENU), ("caption", CAPTION), ("footer", FOOTER)] {
        let paragraph = page.paragraphs[p];
        let left_out = summary.left_out.iter().any(|l| l.span.start <= paragraph.start && paragraph.end <= l.span.end);
        assert!(left_out, "{t}: the {what} is not left out: {:?}", page.paragraph(p));
    }
}

/// Keywords are the words an article is about, not function words past the end of the stopword list:
/// German writes every noun capitalized, so a word never capitalized but where it opens a sentence
/// ("seit", "Seit Montag", "wurde") is no keyword; French and Italian join an article to its word with an
/// apostrophe, which is not part of the keyword; Turkish's stopwords hold its commonest word; Arabic's
/// hold its function words written with and without the hamza.
#[test]
fn keywords_are_what_the_article_is_about_in_german_french_turkish_greek_ukrainian_and_arabic() {
    let keywords = |text: &str, tag: &str| -> Vec<String> {
        let options = Options::sentences(2).with_language(Language::from_tag(tag).unwrap());
        summarize(text, &options).unwrap().keywords.into_iter().map(|k| k.term).collect()
    };
    let german = "Seit Montag fährt die neue Straßenbahn durch die Stadt. Die Straßenbahn wurde seit Jahren geplant. \
        Seit dem Frühjahr wurde an der Strecke gebaut, und die Stadt wurde dafür gelobt. \
        Die Strecke verbindet den Bahnhof mit dem Norden der Stadt. Am Bahnhof halten nun drei Linien.";
    let found = keywords(german, "de");
    assert!(found.iter().any(|k| k == "Straßenbahn") && found.iter().any(|k| k == "Stadt"), "{found:?}");
    assert!(found.iter().all(|k| k.chars().any(char::is_uppercase)), "a German keyword in lower case: {found:?}");
    assert!(!found.iter().any(|k| k.eq_ignore_ascii_case("seit")), "a German preposition, capitalized where it opens sentences: {found:?}");
    let french = "L'armée a quitté la ville. Selon l'armée, qu'il pleuve ou non, le camp d'un régiment reste ouvert. \
        L'armée reviendra au camp. Le régiment attend l'ordre de l'armée. Le camp est calme.";
    let found = keywords(french, "fr");
    assert!(found.iter().any(|k| k.eq_ignore_ascii_case("armée")), "{found:?}");
    assert!(found.iter().all(|k| !k.contains(['\'', '’'])), "an elided article in a keyword: {found:?}");
    // Turkish's most frequent word, "bir" ("a", "one"), is a stopword.
    let found = keywords(&fixture("tr"), "tr");
    assert!(!found.is_empty() && !found.iter().any(|k| k.eq_ignore_ascii_case("bir")), "{found:?}");
    // Greek's articles and prepositions as Greek writes them, accented and with a final sigma ("της",
    // "από"), and Ukrainian's commonest preposition, "на", are stopwords.
    for (tag, function_words) in [("el", &["της", "τις", "από", "του", "την"][..]), ("uk", &["на", "не", "за", "по"][..])] {
        let found = keywords(&fixture(tag), tag);
        assert!(!found.is_empty(), "{tag}: no keyword");
        assert!(!found.iter().any(|k| function_words.contains(&k.to_lowercase().as_str())), "{tag}: {found:?}");
    }
    // Arabic as web text often writes it, without the hamza on the alef: "ان" and "الى" ("أن", "إلى") are
    // stopwords too.
    let arabic = "قال المسؤول ان الحكومة ستعمل الى جانب الشعب. وأكد ان الاصلاحات ستصل الى كل المدن. \
        وقال ان الحكومة ملتزمة بالاصلاحات الى النهاية.";
    let found = keywords(arabic, "ar");
    assert!(found.iter().any(|k| k == "الحكومة"), "{found:?}");
    assert!(!found.iter().any(|k| k.split(' ').any(|w| ["ان", "الى"].contains(&w))), "{found:?}");
    // Arabic writes "and" (و) and "so" (ف) joined to the next word: "وقد" and "وكان" are function words.
    let arabic = "وقد أعلنت الحكومة خطة جديدة للمياه. وكان الوزير قد زار السد. وقد قال الوزير ان السد جاهز. \
        وكان السكان ينتظرون المياه منذ سنوات. وقد وصلت المياه الى القرى.";
    let found = keywords(arabic, "ar");
    assert!(found.iter().any(|k| k == "المياه"), "{found:?}");
    assert!(!found.iter().any(|k| k.split(' ').any(|w| ["وقد", "وكان"].contains(&w))), "{found:?}");
}

/// The function words past a stopword list's cut ("cette", "comme", "dieser") are no keyword, though
/// repeated in the sentences that carry the article; they still count in the scoring, where a longer
/// list measured worse.
#[test]
fn function_words_past_the_cut_are_no_keyword() {
    let keywords = |text: &str, tag: &str| -> Vec<String> {
        let options = Options::sentences(2).with_language(Language::from_tag(tag).unwrap());
        summarize(text, &options).unwrap().keywords.into_iter().map(|k| k.term.to_lowercase()).collect()
    };
    let french = "Cette usine ferme comme prévu. Cette usine employait des ouvriers depuis trente ans. \
        Les ouvriers de cette usine manifestent, comme leurs voisins. La région perd comme chaque année des emplois. \
        Cette fermeture inquiète les ouvriers.";
    let found = keywords(french, "fr");
    assert!(found.iter().any(|k| k == "usine") && found.iter().any(|k| k == "ouvriers"), "{found:?}");
    assert!(!found.iter().any(|k| ["cette", "comme", "depuis"].contains(&k.as_str())), "{found:?}");
    let german = "Dieser Bahnhof wird umgebaut. Ihre Fahrkarten gelten weiter, dieser Umbau dauert zwei Jahre. \
        Dieser Bahnhof bekommt neue Gleise. Ihre Züge fahren solange von Gleis drei. Der Bahnhof bleibt offen.";
    let found = keywords(german, "de");
    assert!(found.iter().any(|k| k == "bahnhof"), "{found:?}");
    assert!(!found.iter().any(|k| ["dieser", "ihre"].contains(&k.as_str())), "{found:?}");
}

/// A cookie notice and a comment form's notice, in the page's own language and set between two of its
/// article's paragraphs, are left out as what they are (not merely as text outside the article).
#[test]
fn consent_and_comment_form_notices_are_left_out_in_their_language() {
    let notices = [
        ("en", "Your email address will not be published. Required fields are marked *"),
        ("de", "Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen."),
        ("de", "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert."),
        ("fr", "Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web."),
        ("fr", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"),
        ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios."),
        ("es", "Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *"),
        ("it", "Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza."),
        ("pt", "Utilizamos cookies para melhorar a sua experiência no nosso site."),
        ("nl", "Wij gebruiken cookies om onze website en uw ervaring te verbeteren."),
        ("pl", "Ta strona korzysta z plików cookie w celu realizacji usług."),
        ("ru", "Мы используем файлы cookie, чтобы сайт работал лучше."),
        ("tr", "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz."),
        ("zh", "本网站使用Cookie来改善您的浏览体验。"),
        ("ja", "当サイトではCookieを使用しています。"),
    ];
    assert_left_out_as(Boilerplate::Footer, ARTICLE[1], &notices);
}

/// The page of `t` with `paragraph` set before its paragraph `before`, summarized: what the paragraph was
/// left out as (None when it was kept), and whether a sentence of the summary came from it.
fn with_paragraph(t: &str, before: usize, paragraph: &str) -> (Option<Boilerplate>, bool) {
    let mut parts: Vec<String> = fixture(t).split("\n\n").map(str::to_string).collect();
    parts.insert(before, paragraph.to_string());
    let text = parts.join("\n\n");
    let summary = summarize(&text, &Options::sentences(3)).unwrap_or_else(|e| panic!("{t}: {e}"));
    let (start, end) = text.find(paragraph).map(|at| (at, at + paragraph.len())).unwrap_or_default();
    let kind = summary.left_out.iter().find(|l| l.span.start <= start && end <= l.span.end).map(|l| l.kind);
    let chosen = summary.sentences.iter().any(|s| s.span.start < end && start < s.span.end);
    (kind, chosen)
}

/// Each `(language, paragraph)` set before paragraph `before` of its language's page is left out as `kind`,
/// and no sentence of the summary comes from it.
fn assert_left_out_as(kind: Boilerplate, before: usize, paragraphs: &[(&str, &str)]) {
    for &(t, paragraph) in paragraphs {
        let (got, chosen) = with_paragraph(t, before, paragraph);
        assert_eq!(got, Some(kind), "{t}: {paragraph:?}");
        assert!(!chosen, "{t}: {paragraph:?} in the summary");
    }
}

/// A wiki article's note over its text, which points to the other articles of the same name (a hatnote,
/// the first line of a pasted Wikipedia article), is left out as a link to read elsewhere: as the text's
/// first lines it was the summary's first sentence.
#[test]
fn a_wiki_articles_note_on_other_meanings_is_left_out_in_its_language() {
    let notes = [
        ("en", "This article is about the city council. For the council building, see City Hall."),
        ("en", "For other uses, see Library (disambiguation)."),
        ("de", "Dieser Artikel behandelt den Stadtrat; zu weiteren Bedeutungen siehe Rat (Begriffsklärung)."),
        ("fr", "Pour les articles homonymes, voir Conseil municipal (homonymie)."),
        ("es", "Para otros usos de este término, véase Consejo (desambiguación)."),
        ("it", "Disambiguazione – Se stai cercando altri significati, vedi Consiglio (disambigua)."),
        ("nl", "Dit artikel gaat over de gemeenteraad. Voor het gebouw, zie Stadhuis."),
        ("pl", "Ten artykuł dotyczy rady miejskiej. Zobacz też: Ratusz."),
        ("ru", "У этого термина существуют и другие значения, см. Совет (значения)."),
        ("ja", "この項目では、市議会について説明しています。その他の用法については「議会 (曖昧さ回避)」をご覧ください。"),
    ];
    assert_left_out_as(Boilerplate::ReadMore, ARTICLE[0], &notes);
}

/// A report's line of its authors and date under its title ("Prepared by the Office of Cultural Affairs,
/// March 2027") is a byline in its language, left out and never the title.
#[test]
fn a_reports_line_of_its_authors_and_date_is_a_byline_in_its_language() {
    let credits = [
        ("en", "Prepared by the Office of Cultural Affairs, March 2027"),
        ("de", "Erstellt von der Stadtverwaltung, März 2027"),
        ("fr", "Préparé par la Direction de la culture, mars 2027"),
        ("es", "Elaborado por la Dirección de Cultura, marzo de 2027"),
        ("it", "A cura di Anna Bianchi, Ufficio Cultura, marzo 2027"),
        ("pt", "Elaborado por Ana Souza, Secretaria de Cultura, março de 2027"),
        ("nl", "Opgesteld door de afdeling Cultuur, maart 2027"),
    ];
    assert_left_out_as(Boilerplate::Byline, ARTICLE[0], &credits);
}

macro_rules! page_tests {
    ($($(#[$attr:meta])* $name:ident: $tag:literal,)*) => {
        $(
            #[test]
            $(#[$attr])*
            fn $name() {
                check_page($tag);
            }
        )*
    };
}

page_tests! {
    page_en: "en",
    page_de: "de",
    page_fr: "fr",
    page_es: "es",
    page_it: "it",
    page_pt: "pt",
    page_nl: "nl",
    page_da: "da",
    page_sv: "sv",
    page_no: "no",
    page_fi: "fi",
    page_hu: "hu",
    page_ro: "ro",
    page_el: "el",
    page_ru: "ru",
    page_uk: "uk",
    page_pl: "pl",
    page_cs: "cs",
    page_sk: "sk",
    page_tr: "tr",
    page_ar: "ar",
    page_hi: "hi",
    page_id: "id",
    page_vi: "vi",
    page_zh: "zh",
    page_ja: "ja",
    page_ko: "ko",
    page_th: "th",
}
