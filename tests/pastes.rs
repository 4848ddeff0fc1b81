//! Whole web pages pasted as text, one per kind of furniture a page puts around its article (issue 9):
//! each paste wraps the same article in one kind of page chrome, and the summary must come from the
//! article alone, the headline must be found as the title and never picked as a sentence, and the
//! furniture must be reported as left out. The pages are written for these tests (in the shapes the
//! real pastes of `../shared/pastes/` show); `make pastes` measures the same on the 711 real pages.

use abridge::{summarize, Boilerplate, Options, Summary};

const HEADLINE: &str = "Riverside library reopens after three-year rebuild";

/// The article: a headline's story in eight paragraphs of prose.
const ARTICLE: [&str; 8] = [
    "The Riverside public library reopened on Saturday after a three-year rebuild that doubled its floor space and added a children's wing overlooking the river.",
    "More than two thousand people queued along Mill Street before the doors opened at nine, according to the city council, which paid for most of the work.",
    "The old building had been closed in 2022 after inspectors found that its roof beams were rotting and that the basement flooded every winter.",
    "Architects kept the Victorian reading room and its stained-glass ceiling, but replaced the rest of the building with a timber frame that stores carbon rather than emitting it.",
    "The new children's wing has a story-telling room, a maker space with two 3D printers and a garden where classes can read outdoors in summer.",
    "Librarians say the number of members has already risen by a third since online registration opened in March, with most of the new members under twelve.",
    "The council's library budget was cut twice in the last decade, and campaigners had feared that the building would be sold rather than rebuilt.",
    "The library will open seven days a week from next month, and the council has promised to keep entry to the maker space free for residents.",
];

/// The page: `before` the headline, the headline, `under` it, the article's paragraphs with `inside`
/// after the third, and `after` the article.
fn page(before: &[&str], under: &[&str], inside: &[&str], after: &[&str]) -> String {
    let mut blocks: Vec<&str> = before.to_vec();
    blocks.push(HEADLINE);
    blocks.extend_from_slice(under);
    blocks.extend_from_slice(&ARTICLE[..3]);
    blocks.extend_from_slice(inside);
    blocks.extend_from_slice(&ARTICLE[3..]);
    blocks.extend_from_slice(after);
    blocks.join("\n\n")
}

fn summary(text: &str, sentences: usize) -> Summary {
    summarize(text, &Options::sentences(sentences)).unwrap()
}

/// The kind of the left-out block that holds `piece` (its first occurrence in `text`), if one does.
#[track_caller]
fn left_out_kind(result: &Summary, text: &str, piece: &str) -> Option<Boilerplate> {
    let start = text.find(piece).unwrap_or_else(|| panic!("{piece:?} is not in the page"));
    let end = start + piece.len();
    result.left_out.iter().find(|l| l.span.start <= start && end <= l.span.end).map(|l| l.kind)
}

/// The summary's sentences are the article's, the title is the headline, and every piece of
/// `furniture` is reported as left out.
#[track_caller]
fn assert_article_only(text: &str, furniture: &[&str]) {
    let result = summary(text, 4);
    let title = result.title.map(|t| t.slice(text));
    assert_eq!(title, Some(HEADLINE), "the title");
    assert!(result.article_found, "an article was found");
    assert_eq!(result.sentences.len(), 4);
    for s in &result.sentences {
        let sentence = s.span.slice(text);
        assert!(ARTICLE.iter().any(|p| p.contains(sentence)), "a sentence from outside the article: {sentence:?}");
        assert!(!sentence.contains(HEADLINE), "the headline picked as a sentence: {sentence:?}");
    }
    // Each line of each piece lies in a paragraph reported as left out (a pasted menu is one paragraph
    // per line).
    let missed: Vec<&str> = furniture
        .iter()
        .flat_map(|piece| piece.lines())
        .filter(|line| left_out_kind(&result, text, line).is_none())
        .collect();
    assert!(
        missed.is_empty(),
        "not reported as left out: {missed:?}; left out: {:?}",
        result.left_out.iter().map(|l| (l.kind, l.span.slice(text))).collect::<Vec<_>>()
    );
}

#[test]
fn navigation_and_a_mega_menu_with_blurbs() {
    let menu = [
        "Skip to main content",
        "Home\nNews\nSport\nCulture\nTravel\nSubscribe",
        "Culture",
        "Books, films and the arts in the city. Find out what's on this week.",
        "Travel",
        "Weekend breaks and day trips from Riverside, tested by our writers.",
        "Home > News > Local",
    ];
    let text = page(&menu, &[], &[], &[]);
    assert_article_only(&text, &["Home\nNews\nSport", "Weekend breaks and day trips", "Find out what's on this week."]);
}

#[test]
fn a_site_header_with_promotions_and_a_form() {
    let header = [
        "The Riverside Courier",
        "Sign in",
        "Get the app",
        "Subscribe now for £1 a week. Cancel any time.",
        "Search",
    ];
    let form = ["Enter your email address", "Sign up", "By signing up you agree to our terms and privacy policy."];
    let text = page(&header, &[], &[], &form);
    assert_article_only(&text, &["Subscribe now for £1 a week.", "Enter your email address", "By signing up you agree"]);
}

#[test]
fn a_standfirst_and_a_byline_under_the_headline() {
    let under = [
        "Queues stretched down Mill Street as the rebuilt library opened its doors to the public for the first time since 2022.",
        "By Priya Natarajan, Local Affairs Reporter",
        "Published 14 June 2025, 10:38 BST",
    ];
    let text = page(&[], &under, &[], &[]);
    assert_article_only(&text, &["Queues stretched down Mill Street", "By Priya Natarajan", "Published 14 June 2025"]);
    let result = summary(&text, 4);
    let standfirst = result.left_out.iter().find(|l| l.span.slice(&text).starts_with("Queues stretched"));
    assert_eq!(standfirst.map(|l| l.kind.as_str()), Some("standfirst"));
}

#[test]
fn related_and_most_read_headline_lists() {
    let after = [
        "Most read",
        "Council approves new cycle lanes on the ring road",
        "Riverside FC sign striker on a three-year deal",
        "Heatwave warning issued for the weekend",
        "Related stories",
        "Campaigners fight to save Riverside library",
        "Library roof beams found to be rotting",
    ];
    let text = page(&[], &[], &[], &after);
    assert_article_only(&text, &["Council approves new cycle lanes", "Campaigners fight to save", "Library roof beams found"]);
}

#[test]
fn teasers_of_other_stories_each_ending_in_its_link() {
    // A list of other stories in prose, longer than the article: each teaser ends in its link.
    let after = [
        "More from the Courier",
        "Cycle lanes approved",
        "The council has approved two new cycle lanes on the ring road after a year of consultation with residents. Work is due to start in May and to finish before the winter. Read more…",
        "Striker signs for Riverside FC",
        "Riverside FC have signed the league's top scorer on a three-year deal, the club announced on Friday. The fee was not disclosed but is thought to be a club record. More »",
        "Heatwave warning for the weekend",
        "Forecasters have issued a heatwave warning for the whole region from Friday, with temperatures expected to pass thirty degrees. Hospitals have been told to prepare for more patients. Continue reading →",
        "New bridge opens to traffic",
        "The new footbridge over the river opened to pedestrians and cyclists on Monday, two years after the old one was closed as unsafe and the council promised that its replacement would [\u{2026}]",
        "Market hall to be restored",
        "The Victorian market hall in the town centre will be restored with a lottery grant of four million pounds, its owners said on Wednesday. Traders will move to a temporary hall during the work. Read more",
    ];
    let text = page(&[], &[], &[], &after);
    assert_article_only(&text, &["The council has approved two new cycle lanes", "Riverside FC have signed", "Forecasters have issued", "The new footbridge", "The Victorian market hall"]);
}

#[test]
fn a_table_of_contents_under_the_headline() {
    // A guide's headline, its author and date, then its sections listed under a table of contents'
    // label (in the forms sites and their plugins print it): Title Case lines nearer the prose than the
    // headline, the last one sharing its words.
    for label in ["Table of Contents", "Table of Content", "Contents hide", "Jump to chapter"] {
        let under = [
            "Priya Natarajan",
            "Local Affairs Reporter",
            "Last updated on June 14, 2025",
            "6 min read",
            label,
            "Why the Riverside Library Was Rebuilt",
            "Inside the New Children's Wing",
            "What Opening Day Looked Like",
            "The Riverside Public Library Reopens",
        ];
        let text = page(&[], &under, &[], &[]);
        let result = summary(&text, 4);
        assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE), "the title under {label:?}");
        for s in &result.sentences {
            let sentence = s.span.slice(&text);
            assert!(ARTICLE.iter().any(|p| p.contains(sentence)), "a sentence from outside the article: {sentence:?}");
        }
    }
}

#[test]
fn captions_and_credits_inside_the_article() {
    let inside = [
        "The restored reading room, with its stained-glass ceiling. Photograph: Tom Hale/Riverside Courier",
        "Image: Riverside City Council",
    ];
    let text = page(&[], &[], &inside, &[]);
    assert_article_only(&text, &inside);
}

#[test]
fn a_newsletter_and_a_paywall_prompt_inside_the_article() {
    let inside = [
        "Sign up to our Riverside Today newsletter",
        "Get the day's local news in your inbox every morning.",
        "You have read 3 of 5 free articles this month. Subscribe to keep reading.",
    ];
    let text = page(&[], &[], &inside, &[]);
    assert_article_only(&text, &inside);
}

/// Labels that copying the page ran into the paragraph after them, with a space or with nothing:
/// each is left out on its own, and the sentence after it is the article's, whole.
#[test]
fn labels_glued_to_the_article_are_split_from_it() {
    let glued = [
        ("HIGHLIGHTS ", 0),
        ("Updated: 14 June 2025", 2),
        ("ADVERTISEMENT ", 4),
        ("Advertisement", 6),
    ];
    let mut text = page(&[], &[], &[], &[]);
    for (label, paragraph) in glued {
        text = text.replace(ARTICLE[paragraph], &format!("{label}{}", ARTICLE[paragraph]));
    }
    let labels: Vec<&str> = glued.iter().map(|(label, _)| label.trim_end()).collect();
    assert_article_only(&text, &labels);
    // Every paragraph of the article is summarized from its first word.
    let result = summarize(&text, &Options::sentences(ARTICLE.len() * 3)).unwrap();
    for paragraph in ARTICLE {
        let first = paragraph.split('.').next().unwrap_or_default();
        assert!(result.sentences.iter().any(|s| s.span.slice(&text).starts_with(first)), "{first:?}");
    }
}

/// What opens in capitals or has a capital inside a word is not a label unless the vocabulary names
/// it: initials before a title, a brand, an article's list of terms.
#[test]
fn openings_in_capitals_are_not_labels() {
    let openings = [
        "US President Joe Biden visited the library on Monday and praised the new children's wing.",
        "NASA Administrator Bill Nelson sent a message read out at the opening ceremony.",
        "NewsCorp and VnExpress reported the opening in their morning editions.",
        "AdBlue tanks of the council's vans were refilled before the opening day.",
        "Advertising: The council spent four thousand pounds on posters announcing the reopening.",
    ];
    let text = page(&[], &[], &openings, &[]);
    let result = summarize(&text, &Options::sentences(ARTICLE.len() + openings.len())).unwrap();
    let left_out: Vec<&str> = result.left_out.iter().map(|l| l.span.slice(&text)).collect();
    for opening in openings {
        assert!(result.sentences.iter().any(|s| s.span.slice(&text) == opening), "{opening:?} not whole; left out: {left_out:?}");
    }
}

#[test]
fn a_cookie_banner() {
    let banner = [
        "We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies.",
        "Accept all\nManage preferences",
    ];
    let text = page(&banner, &[], &[], &[]);
    assert_article_only(&text, &banner);
}

/// A consent dialog's settings as a page renders them (a consent plugin's wording, its headings and
/// switches, and a table of the cookies it sets): more paragraphs of well-formed prose than a short
/// article has.
const CONSENT_DIALOG: [&str; 12] = [
    "We use cookies on our website to give you the most relevant experience by remembering your preferences and repeat visits.",
    "Cookie settings\nAccept",
    "Privacy Overview",
    "This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website.",
    "Necessary\nAlways Enabled",
    "Necessary cookies are absolutely essential for the website to function properly. These cookies ensure basic functionalities and security features of the website, anonymously.",
    "Cookie\tDuration\tDescription\nconsent-analytics\t11 months\tThis cookie is set by the consent plugin to store whether the user has agreed to the cookies in the category \"Analytics\".",
    "Functional",
    "Functional cookies help to perform certain functionalities like sharing the content of the website on social media platforms, collecting feedback and other third-party features.",
    "Performance",
    "Performance cookies are used to understand and analyze the key performance indexes of the website, which helps in delivering a better user experience for the visitors.",
    "Analytical cookies are used to understand how visitors interact with the website. These cookies help provide information on the number of visitors, the bounce rate and the traffic source.",
];

/// A short article with a consent dialog after it or before it: the dialog is left out as a footer,
/// and the headline after a dialog set first is still the title.
#[test]
fn a_consent_dialog_longer_than_the_article() {
    let article = [HEADLINE, ARTICLE[0], ARTICLE[1], ARTICLE[2]];
    for dialog_first in [false, true] {
        let blocks: Vec<&str> = if dialog_first {
            CONSENT_DIALOG.iter().chain(["Home\nNews\nEvents"].iter()).chain(&article).copied().collect()
        } else {
            article.iter().chain(&CONSENT_DIALOG).copied().collect()
        };
        let text = blocks.join("\n\n");
        let result = summary(&text, 3);
        assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE), "dialog first: {dialog_first}");
        for s in &result.sentences {
            let sentence = s.span.slice(&text);
            assert!(ARTICLE[..3].iter().any(|p| p.contains(sentence)), "dialog first: {dialog_first}: {sentence:?}");
        }
        for paragraph in CONSENT_DIALOG.iter().filter(|p| p.to_lowercase().contains("cookie")) {
            let start = text.find(paragraph).unwrap_or_default();
            let kind = result.left_out.iter().find(|l| l.span.start <= start && start < l.span.end).map(|l| l.kind);
            assert_eq!(kind, Some(Boilerplate::Footer), "dialog first: {dialog_first}: {paragraph:?}");
        }
    }
}

/// An article about cookies is an article: with no notice above it, and with a notice and the site's
/// menu between them, its paragraphs are summarized.
#[test]
fn an_article_about_cookies_is_not_a_consent_dialog() {
    let article = [
        "Browser makers to keep third-party cookies",
        "The company behind the most used web browser said on Monday that it would keep third-party cookies, reversing a plan it had pursued for four years.",
        "Advertisers had warned that removing the cookies would cut the revenue of small news sites, which rely on them to show targeted ads.",
        "Privacy campaigners said the decision left hundreds of millions of people tracked from site to site without knowing it.",
        "Regulators in Britain, who had reviewed the plan since 2021, said they would study how the change affects competition in online advertising.",
    ];
    let notice = "This site uses cookies. By continuing to browse, you agree to our use of cookies.";
    for with_notice in [false, true] {
        let mut blocks = Vec::new();
        if with_notice {
            blocks.extend([notice, "Accept", "Home", "World", "Business", "Technology", "Science", "Sport"]);
        }
        blocks.extend(article);
        let text = blocks.join("\n\n");
        let result = summary(&text, 3);
        assert_eq!(result.sentences.len(), 3, "with the notice: {with_notice}");
        for s in &result.sentences {
            let sentence = s.span.slice(&text);
            assert!(article[1..].iter().any(|p| p.contains(sentence)), "with the notice: {with_notice}: {sentence:?}");
        }
    }
}

#[test]
fn comments_a_share_row_an_author_bio_and_a_legal_footer() {
    let after = [
        "Share this article\nFacebook\nX\nEmail",
        "Priya Natarajan is the Courier's local affairs reporter. She has covered the city council since 2019.",
        "12 comments",
        "margaret_h · 2 hours ago",
        "Took my grandchildren on Saturday and they did not want to leave. Well done to everyone involved.",
        "Reply · Report",
        "© 2025 Riverside Courier Ltd. All rights reserved.",
        "Privacy policy · Terms of use · Contact us",
    ];
    let text = page(&[], &[], &[], &after);
    assert_article_only(&text, &after);
}

#[test]
fn a_page_that_is_all_furniture_has_no_article_but_a_summary() {
    let home = [
        "The Riverside Courier",
        "Home\nNews\nSport\nCulture",
        "Top stories",
        "Riverside library reopens after three-year rebuild",
        "Council approves new cycle lanes on the ring road",
        "Riverside FC sign striker on a three-year deal",
        "Heatwave warning issued for the weekend",
        "© 2025 Riverside Courier Ltd. All rights reserved.",
    ];
    let text = home.join("\n\n");
    let result = summary(&text, 3);
    assert!(!result.article_found, "a home page has no article");
    assert!(!result.sentences.is_empty(), "a summary of what is there");
    // The headline found is never also one of the summary's sentences, here neither.
    if let Some(title) = result.title {
        assert!(result.sentences.iter().all(|s| s.span != title), "the title picked as a sentence: {:?}", title.slice(&text));
    }
}

/// A text of one line is its own summary, and then has no title beside it (the page would show it twice).
#[test]
fn a_line_alone_is_its_summary_without_a_title() {
    for text in ["hello world", "Kim arrives in Russia for summit with Putin"] {
        let result = summary(text, 3);
        assert_eq!(result.sentences.iter().map(|s| s.span.slice(text)).collect::<Vec<_>>(), [text]);
        assert_eq!(result.title, None, "{text}");
    }
}

/// The article in sections, each under a subheading: the first subheading stands right above the
/// prose, nearer it than the headline (with the author's name and a date between), and is the
/// section's title, not the article's.
#[test]
fn an_article_in_sections_keeps_its_headline_over_the_first_subheading() {
    let subheadings = ["Why the old building closed", "A Victorian reading room kept", "What the children's wing offers", "Seven days a week from next month"];
    let mut blocks = vec!["Home\nNews\nLocal\nSport\nCulture", HEADLINE, "Priya Natarajan", "June 14, 2025"];
    for (k, subheading) in subheadings.iter().enumerate() {
        blocks.push(subheading);
        blocks.extend_from_slice(&ARTICLE[2 * k..2 * k + 2]);
    }
    let text = blocks.join("\n\n");
    let result = summary(&text, 3);
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE));
    for s in &result.sentences {
        let sentence = s.span.slice(&text);
        assert!(ARTICLE.iter().any(|p| p.contains(sentence)), "a sentence from outside the article: {sentence:?}");
    }
}

/// The headline printed twice above the article (a sticky "now reading" bar, then the heading itself),
/// with a section label shaped like a headline next to the article: the title is the headline, taken
/// once, and neither copy is a summary sentence.
#[test]
fn a_headline_printed_twice_beats_a_section_label_next_to_the_article() {
    let before = ["Home\nNews\nLocal\nSport\nCulture", HEADLINE, "Share\nCopy link"];
    let under = ["By Priya Natarajan", "14 June 2025", "Libraries and Reading"];
    let text = page(&before, &under, &[], &[]);
    let result = summary(&text, 3);
    let title = result.title.expect("a title");
    assert_eq!(title.slice(&text), HEADLINE);
    for s in &result.sentences {
        assert!(!s.span.slice(&text).contains(HEADLINE), "the headline picked as a sentence");
    }
}

/// A chart between the lede and the rest of the article (its axis labels pasted one per line) splits
/// the article in two, and the run of paragraphs the summary keeps to is the longer half, below the
/// chart: the headline above the lede is still found, and the lede is not reported as a standfirst.
#[test]
fn a_chart_between_the_lede_and_the_rest_keeps_the_headline() {
    let chart = ["Members of the library", "4,000", "3,000", "2,000", "1,000", "0", "2019", "2020", "2021", "2022", "2023", "2024", "2025", "Source: Riverside council"];
    let mut blocks = vec!["Home\nNews\nLocal\nSport\nCulture\nWeather\nPodcasts", HEADLINE, "By Priya Natarajan", "14 June 2025"];
    blocks.extend_from_slice(&ARTICLE[..3]);
    blocks.extend_from_slice(&chart);
    blocks.extend_from_slice(&ARTICLE[3..]);
    let text = blocks.join("\n\n");
    let result = summary(&text, 3);
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE));
    let standfirsts = result.left_out.iter().filter(|l| l.kind.as_str() == "standfirst").count();
    assert!(standfirsts <= 2, "{standfirsts} paragraphs reported as the standfirst");
}

/// Under the headline, a date line in capitals and a photo caption whose credit follows its last full
/// stop ("… at nine. REUTERS/Jane Doe"): the headline is the title, not the date line or the caption,
/// and the caption is left out as one.
#[test]
fn a_date_line_and_a_credited_caption_under_the_headline() {
    let caption = "Readers queue outside the Riverside library on Mill Street before the doors opened at nine. REUTERS/Jane Doe";
    let under = ["Share on Facebook Share on Twitter", "Priya Natarajan", "14 JUN 2025 - 18:37 BST", caption];
    let text = page(&["Home\nNews\nLocal\nSport\nCulture", "LIBRARIES"], &under, &[], &[]);
    let result = summary(&text, 3);
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE));
    assert_eq!(left_out_kind(&result, &text, caption).map(Boilerplate::as_str), Some("caption"));
}

/// A table inside the article, pasted as a browser copies one (tabs between the cells): part of the
/// article, so not left out, but rows of figures and names are data, not sentences: the summary reads
/// the prose.
#[test]
fn a_table_inside_the_article_is_kept_but_not_summarized() {
    // A wide table, as comparison pages have: its rows are longer than any heading.
    let table = [
        "Library\tRiverside central library\tNorth Hill branch library\tMill Street reading room\tHarbour mobile library",
        "Floor space\t2,400 square metres on three floors\t900 square metres on one floor\t300 square metres\tone converted bus",
        "Opening days\tseven days a week from next month\tsix days a week, closed on Mondays\tweekdays only\tTuesday and Friday mornings",
        "Children's wing\tstory-telling room, maker space and reading garden\tchildren's corner\tnone\tpicture books on request",
    ];
    let text = page(&[], &[], &table, &[]);
    let result = summarize(&text, &Options::sentences(10)).unwrap();
    assert_eq!(result.sentences.len(), ARTICLE.len(), "every sentence of the prose, and no row");
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE));
    for s in &result.sentences {
        let sentence = s.span.slice(&text);
        assert!(ARTICLE.iter().any(|p| p.contains(sentence)), "a sentence from outside the prose: {sentence:?}");
    }
    for row in table {
        let start = text.find(row).unwrap();
        assert!(!result.left_out.iter().any(|l| l.span.start <= start && start < l.span.end), "a row left out: {row:?}");
    }
}

/// A page whose only line above the article is a table's row (a comparison table's last row, above
/// a buying guide's prose) has no title: a row of cells is not a headline.
#[test]
fn a_table_row_is_never_the_title() {
    for row in ["Mayflower\t$9,000\tNone\t50 states\tGet a Quote", "Riverside\tOpen daily\tStory room\tFree"] {
        let text = format!("{row}\n\n{}", ARTICLE.join("\n\n"));
        let result = summary(&text, 3);
        assert_eq!(result.title.map(|t| t.slice(&text)), None, "{row:?}");
    }
}

/// A page whose only line above the article is its date ("19 FEB 2020 - 18:37 CET", a time, a score)
/// has no title: a line that is a third digits is not a headline.
#[test]
fn a_date_line_is_never_the_title() {
    for date in ["19 FEB 2020 - 18:37 CET", "14.06.2025 18:37", "2025-06-14"] {
        let text = format!("{date}\n\n{}", ARTICLE.join("\n\n"));
        let result = summary(&text, 3);
        assert_eq!(result.title.map(|t| t.slice(&text)), None, "{date}");
    }
}

/// A report's title page, copied out of its PDF: its name, the year's edition, a line of its authors and
/// date, then a heading over the prose. The authors' line is a byline (`[byline-openings]`: "Prepared
/// by"), never the title, which a reader finds at the top.
#[test]
fn a_reports_line_of_authors_and_date_is_not_its_title() {
    let credit = "Prepared by the Office of Cultural Affairs, March 2027";
    let text = format!("Riverside Library Services\nAnnual Review 2026\n{credit}\nExecutive Summary\n{}", ARTICLE.join("\n"));
    let result = summary(&text, 3);
    assert_eq!(result.title.map(|t| t.slice(&text)), Some("Riverside Library Services"));
    assert_eq!(left_out_kind(&result, &text, credit).map(Boilerplate::as_str), Some("byline"));
}

/// `paragraph` broken into lines of at most `width` characters, as a PDF's text is copied.
fn hard_wrapped(paragraph: &str, width: usize) -> String {
    let mut lines: Vec<String> = vec![String::new()];
    for word in paragraph.split(' ') {
        let line = lines.last_mut().unwrap();
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines.join("\n")
}

/// A report copied out of its PDF: hard-wrapped lines with no blank line between its paragraphs, each
/// page ending on its number and the report's running header ("Riverside Library Services | Annual
/// Review 2026") wherever it falls, often inside a sentence. The header never joins the sentence it
/// interrupts, no summary sentence is a piece of one that a page broke, and the article runs across
/// the pages to its end (their furniture had read as the page's edge, and the article ended at the
/// second page). Where the pages break between sentences, the summary is the one the same report gets
/// without its pages. The pages' numbers and headers are left out as page furniture, and the first
/// line is the title, though the header repeats it.
#[test]
fn a_pdfs_page_numbers_and_running_headers_are_left_out_across_its_pages() {
    let header = "Riverside Library Services | Annual Review 2026";
    let wrapped: Vec<Vec<String>> = ARTICLE.iter().map(|p| hard_wrapped(p, 72).lines().map(String::from).collect()).collect();
    let plain = format!("{header}\n{}", wrapped.concat().join("\n"));
    let sentences = |r: &Summary, text: &str| -> Vec<String> { r.sentences.iter().map(|s| s.span.slice(text).replace('\n', " ")).collect() };
    // `breaks_after(lines on the page so far, whether the line ends its paragraph)`: whether the page
    // ends after the line.
    let paged = |breaks_after: &dyn Fn(usize, bool) -> bool| {
        let mut lines = vec![header.to_string()];
        let mut count = 0;
        for paragraph in &wrapped {
            for (i, line) in paragraph.iter().enumerate() {
                lines.push(line.clone());
                count += 1;
                if breaks_after(count, i + 1 == paragraph.len()) {
                    count = 0;
                    lines.push(format!("{}", lines.iter().filter(|l| *l == header).count()));
                    lines.push(header.to_string());
                }
            }
        }
        lines.join("\n")
    };
    let mid_sentence = paged(&|count, _| count == 7);
    let between_paragraphs = paged(&|count, last| last && count >= 7);
    for text in [&mid_sentence, &between_paragraphs] {
        assert!(text.matches(header).count() >= 3, "the test's pages: {text}");
        // Every sentence the summary may take is whole, however many it takes.
        for count in [3, ARTICLE.len()] {
            for sentence in sentences(&summary(text, count), text) {
                assert!(ARTICLE.contains(&sentence.as_str()), "not a whole sentence of the article: {sentence:?}\n{text}");
            }
        }
        let result = summary(text, 3);
        // (The bar's tail is cut off as a headline's "| Site" is.)
        assert_eq!(result.title.map(|t| t.slice(text)), Some("Riverside Library Services"));
        for (at, _) in text.match_indices(header).skip(1).chain(text.match_indices("\n1\n")).chain(text.match_indices("\n2\n")) {
            let at = at + usize::from(text[at..].starts_with('\n'));
            let kind = result.left_out.iter().find(|l| l.span.start == at).map(|l| l.kind);
            assert_eq!(kind, Some(Boilerplate::Footer), "the page's line at {at}: {:?}", &text[at..at + 10]);
        }
        let last_words = ARTICLE[7].split(' ').take(6).collect::<Vec<_>>().join(" ");
        assert_eq!(left_out_kind(&result, text, &last_words), None, "the last page is the article's");
    }
    assert_eq!(sentences(&summary(&between_paragraphs, 3), &between_paragraphs), sentences(&summary(&plain, 3), &plain));
}

/// An article wrapped at one width (an e-mail, a text out of a PDF) under its headline in sentence case,
/// with no blank line between them: the headline is the title, not the opening words of the first
/// sentence (a wrapped line would have taken the next line's first word). Without a headline, a first
/// line that the next line's first word would not have fitted on ("… for people of" / "Riverside until
/// …") goes on into it.
#[test]
fn a_wrapped_articles_headline_in_sentence_case_is_its_title() {
    let headline = "Library reopens after three-year rebuild";
    let wrapped: Vec<String> = ARTICLE.iter().map(|p| hard_wrapped(p, 72)).collect();
    let text = format!("{headline}\n{}", wrapped.join("\n"));
    let result = summary(&text, ARTICLE.len());
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(headline));
    let sentences: Vec<String> = result.sentences.iter().map(|s| s.span.slice(&text).replace('\n', " ")).collect();
    assert_eq!(sentences, ARTICLE, "{text}");
    // Without a headline, a first line the next line's first word would not fit on goes on.
    let opening = "The council voted on Monday to keep the maker space free for people of\nRiverside until the end of the decade.";
    let text = format!("{opening}\n{}", wrapped.join("\n"));
    let result = summary(&text, ARTICLE.len() + 1);
    let first = result.sentences[0].span.slice(&text);
    assert_eq!(first, opening, "{text}");
}

/// The same report with the article set as one paragraph or two, over pages of six to ten lines (two
/// pages at ten, where the header's one copy under the first repeats the title, or, with no header
/// over the first page, stands alone under its number), so that a page's end breaks its first or last
/// paragraph: the pieces on either side of the break are the
/// article's, however short or unfinished each reads alone (the first page's piece and the last page's
/// had been left out as outside the article). And where the only piece left to offer after the pieces
/// of broken sentences is a quotation mark, the pieces are offered: a summary, not "no words".
#[test]
fn a_pdfs_first_and_last_pages_are_the_articles() {
    for header in ["Riverside Library Services | Annual Review 2026", "Annual Review 2026"] {
        for paragraphs in [vec![ARTICLE.join(" ")], vec![ARTICLE[..3].join(" "), ARTICLE[3..].join(" ")]] {
            // (Without the header over the first page, a paste of two pages has the one copy under the
            // first page's number, in the middle of a sentence.)
            for (lines_per_page, first_page_header) in [(6, true), (7, true), (8, true), (10, true), (8, false), (10, false)] {
                let mut lines = if first_page_header { vec![header.to_string()] } else { Vec::new() };
                let mut pages = 0;
                for (i, line) in paragraphs.iter().flat_map(|p| hard_wrapped(p, 72).lines().map(String::from).collect::<Vec<_>>()).enumerate() {
                    if i > 0 && i % lines_per_page == 0 {
                        pages += 1;
                        lines.extend([pages.to_string(), header.to_string()]);
                    }
                    lines.push(line);
                }
                let text = lines.join("\n");
                let result = summary(&text, 3);
                let outside: Vec<&str> =
                    result.left_out.iter().filter(|l| l.kind == Boilerplate::Outside).map(|l| l.span.slice(&text)).collect();
                assert!(outside.is_empty(), "left out as outside the article: {outside:?}\n{text}");
                for sentence in result.sentences.iter().map(|s| s.span.slice(&text).replace('\n', " ")) {
                    assert!(ARTICLE.contains(&sentence.as_str()), "not a whole sentence of the article: {sentence:?}\n{text}");
                }
            }
        }
    }
    // A news agency's copy as evaluation sets ship it, in small letters with its marks spaced, over
    // pages: every sentence runs across a page's end but the quotation's closing mark.
    let quoted = "the mayor said : ' we will keep the library open every day of the week , and entry to the maker space will stay free for residents . ' the council agreed the budget on tuesday evening after a long debate about the cost of the new wing . '";
    let mut lines = vec![String::from("Riverside Library Services | Annual Review 2026")];
    for (i, line) in hard_wrapped(&[quoted; 4].join(" "), 72).lines().enumerate() {
        if i > 0 && i % 7 == 0 {
            lines.extend([(i / 7).to_string(), lines[0].clone()]);
        }
        lines.push(line.to_string());
    }
    let text = lines.join("\n");
    let result = summarize(&text, &Options::default());
    assert!(result.as_ref().is_ok_and(|r| !r.sentences.is_empty()), "{result:?}\n{text}");
}

/// A paper: its title, its authors and their address, the abstract under its label, the sections and
/// the references. The abstract is the paper's own summary and the article opens with it, whether the
/// label stands before its text in a PDF's wrapped lines (IEEE's "Abstract—", with the "Index Terms"
/// line run into it, the model read it as front matter) or on a line of its own over the abstract's
/// labelled parts (a journal's web page, where the model read them as a standfirst), in the paper's
/// language. A search form's "Abstract" field above an article is no abstract.
#[test]
fn a_papers_abstract_opens_the_article() {
    let abstract_parts = [
        "Summarizing long documents remains difficult for neural models, whose attention cost grows with the square of the input length.",
        "We propose a hierarchical model that first encodes each section separately and then attends over the sections.",
        "On two benchmarks of scientific papers our model improves ROUGE-1 by 2.1 points while using 40% less memory.",
    ];
    let body = [
        "I. INTRODUCTION",
        "Automatic summarization helps readers cope with the growing volume of scientific literature [1]. Most neural summarizers were designed for news articles of a few hundred words. Scientific papers, however, often run to ten thousand words or more, and standard transformers cannot read them whole.",
        "Several approaches truncate the input to its first few thousand tokens. This discards the results and conclusions, which are exactly the parts a reader most wants summarized.",
        "II. METHOD",
        "Our model reads a paper as a list of sections. Each section is encoded by a standard transformer of twelve layers, and a second transformer of four layers then attends over the section vectors.",
        "Because each section is encoded on its own, the cost of the first level grows linearly with the number of sections, and the model fits papers of 16,000 tokens on a single GPU.",
        "REFERENCES",
        "[1] L. Bornmann and R. Mutz, \"Growth rates of modern science,\" J. Assoc. Inf. Sci. Technol., vol. 66, pp. 2215-2222, 2015.",
    ];
    let front = "Learning to Summarize Long Documents\nAnna K. Morgan, Rui Zhang and Tomás Ferreira\nDepartment of Computer Science, University of Lisbon\n{amorgan,tferreira}@di.ul.pt";
    let wrapped_body: Vec<String> = body.iter().map(|p| hard_wrapped(p, 66)).collect();
    let pdf = format!(
        "{front}\n{}\nIndex Terms—summarization, long documents, attention\n{}",
        hard_wrapped(&format!("Abstract—{}", abstract_parts.join(" ")), 66),
        wrapped_body.join("\n")
    );
    let [background, objective, results] = abstract_parts;
    let web = format!(
        "{front}\n\nAbstract\n\nBackground:\n\n{background}\n\nObjective:\n\n{objective}\n\nResults:\n\n{results}\n\nKeywords\n\nsummarization; attention\n\n{}",
        body.join("\n\n")
    );
    for text in [&pdf, &web] {
        let result = summary(text, 3);
        for piece in ["Summarizing long documents", "We propose a hierarchical model", "Several approaches truncate"] {
            assert_eq!(left_out_kind(&result, text, piece), None, "{piece:?} is the article's:\n{text}");
        }
        // The label is the abstract's heading, not its first sentence's opening words.
        let sentences: Vec<&str> = result.sentences.iter().map(|s| s.span.slice(text)).collect();
        assert!(sentences.iter().any(|s| s.starts_with("Summarizing long documents")), "{sentences:?}");
    }

    let french = [
        "Résumer automatiquement les longs documents",
        "Anna K. Morgan, Rui Zhang et Tomás Ferreira",
        "Résumé",
        "Contexte :",
        "Les modèles neuronaux résument mal les longs documents, car le coût de leur attention croît avec le carré de la longueur du texte.",
        "Objectif :",
        "Nous proposons un modèle hiérarchique qui lit chaque section à part, puis pondère les sections entre elles.",
        "Introduction",
        "Les résumés automatiques aident les lecteurs à suivre le nombre croissant de publications scientifiques. La plupart des modèles neuronaux ont pourtant été conçus pour des dépêches de quelques centaines de mots. Les articles scientifiques dépassent souvent dix mille mots.",
        "Beaucoup d'approches coupent le texte après ses premiers milliers de mots. On perd ainsi les résultats et les conclusions, que le lecteur veut justement voir résumés.",
        "Notre modèle lit un article comme une suite de sections. Chaque section est encodée par un modèle de douze couches, puis un second modèle pondère les sections entre elles.",
    ]
    .join("\n\n");
    let result = summary(&french, 3);
    assert_eq!(result.language.tag(), "fr");
    for piece in ["Contexte :", "Nous proposons un modèle"] {
        assert_eq!(left_out_kind(&result, &french, piece), None, "{piece:?} is the article's");
    }

    let form = page(&["Search\nAll fields\nTitle\nAuthor\nAbstract\nComments\nJournal reference\nSearch"], &[], &[], &[]);
    let result = summary(&form, 3);
    assert!(left_out_kind(&result, &form, "Journal reference").is_some(), "the search form is left out");
    assert_eq!(result.title.map(|t| t.slice(&form)), Some(HEADLINE));
}

/// A technical article: its examples of code stand between its paragraphs, a block of lines without a
/// blank line, a block with blank lines in it, a statement set apart under it. The code is left out as
/// code and never summarized, and the article goes on past it to its last paragraph (its many short
/// lines had read as a menu's, and the article was cut at the first of them).
#[test]
fn a_technical_articles_code_is_left_out_and_the_article_goes_on_past_it() {
    let rust = "use std::fs::File;\nuse std::io::{BufRead, BufReader};\nfn main() -> std::io::Result<()> {\n    let reader = BufReader::new(File::open(\"shelves.txt\")?);\n    for line in reader.lines() {\n        println!(\"{}\", line?);\n    }\n    Ok(())\n}";
    let javascript = "function shelfCount(rooms) {\n\n  const total = rooms.reduce((sum, room) => sum + room.shelves, 0);\n\n  return total;\n\n}";
    let python = "def opening_hours(day):\n    if day in WEEKEND:\n        return None\n    return (9, 21)";
    // Statements with no `;` and no block around them: a script's, a notebook's, a query's.
    let script = "import csv\nwith open(\"shelves.csv\", newline=\"\") as f:\n    for row in csv.reader(f):\n        print(row)";
    let notebook = "import pandas as pd\nshelves = pd.read_csv(\"shelves.csv\")\nshelves.groupby(\"room\").size()";
    let query = "SELECT room, COUNT(*) AS shelves\nFROM shelves\nGROUP BY room\nORDER BY shelves DESC";
    let text = page(&["Home\nNews\nCity\nTechnology"], &[], &[rust, javascript, python, script, notebook, query], &["About us\nContact\nPrivacy"]);
    let result = summary(&text, 4);
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(HEADLINE));
    for s in &result.sentences {
        let sentence = s.span.slice(&text);
        assert!(ARTICLE.iter().any(|p| p.contains(sentence)), "a sentence from outside the article: {sentence:?}");
    }
    for line in [rust, javascript, python, script, notebook, query].iter().flat_map(|block| block.lines()).map(str::trim).filter(|l| !l.is_empty()) {
        assert_eq!(left_out_kind(&result, &text, line), Some(Boilerplate::Code), "{line:?}");
    }
    for paragraph in ARTICLE {
        assert_eq!(left_out_kind(&result, &text, paragraph), None, "the article's {paragraph:?}");
    }
}

/// A Markdown text (a README, a chatbot's answer copied as Markdown): a fenced block is one block of
/// code, its blank lines and its `#` comments included (a comment is no heading); a closing fence
/// without its opening one (a selection that starts inside the code) does not make the rest code.
#[test]
fn a_markdown_fence_is_one_block_of_code_and_an_unopened_one_takes_nothing_with_it() {
    let fence = "```python\nimport csv\n\n# Count the shelves in each room.\nrooms = load(\"rooms.csv\")\n\nprint(len(rooms))\n```";
    let text = format!("# {HEADLINE}\n\n{}\n\n{fence}\n\n{}", ARTICLE[..4].join("\n\n"), ARTICLE[4..].join("\n\n"));
    let result = summary(&text, 3);
    let start = text.find(fence).unwrap();
    let blocks: Vec<(Boilerplate, &str)> = result.left_out.iter().map(|l| (l.kind, l.span.slice(&text))).collect();
    assert!(result.left_out.iter().any(|l| l.kind == Boilerplate::Code && l.span.start == start && l.span.end == start + fence.len()), "{blocks:?}");
    assert!(!blocks.iter().any(|(_, t)| ARTICLE.iter().any(|p| t.contains(p))), "the article's paragraphs are kept: {blocks:?}");

    let cut = format!("print(len(rooms))\n```\n\n{}", ARTICLE.join("\n\n"));
    let result = summary(&cut, 3);
    assert!(result.left_out.iter().all(|l| !l.span.slice(&cut).contains(ARTICLE[0])), "the article after a closing fence is kept");
    assert_eq!(result.sentences.len(), 3);
}

/// An encyclopedia's page (Wikipedia's layout in every language): the name, a line about the site, the
/// facts box, the introduction, a numbered table of contents, the sections under their headings, and
/// the notes, each opened by the link back to where it is cited.
#[test]
fn an_encyclopedia_page_keeps_its_introduction_and_leaves_out_its_notes() {
    let introduction = [
        "The Riverside public library is the main lending library of the city of Riverside, housed since 1898 in a Victorian building on Mill Street that was rebuilt between 2022 and 2025 and reopened with twice its former floor space and a children's wing.",
        "The library is run by the city council and lends books, music and films to more than forty thousand members, most of them living within walking distance of the river, and it holds the city's archive of maps, newspapers and photographs.",
    ];
    let notes = [
        "^ \"Riverside library reopens\". Riverside Courier. 3 May 2025. Retrieved 4 May 2025.",
        "^ a b Council minutes, 12 March 2022, item 7: the inspectors' report on the roof beams and the flooded basement, with the costs of repair and of a new building.",
        "↑ Jane Hale (2024). A History of Riverside's Libraries. Riverside: Mill Press. p. 212.",
    ];
    // A long article's table of contents: as many lines as the article has paragraphs, or more.
    let contents: Vec<String> = (1..=12).flat_map(|i| [format!("{i} Section {i}"), format!("{i}.1 Part {i}")]).collect();
    let mut blocks = vec!["Riverside public library", "From the free encyclopedia", "Opened\t1898", "Rebuilt\t2022–2025"];
    blocks.extend_from_slice(&introduction);
    blocks.push("Contents");
    blocks.extend(contents.iter().map(String::as_str));
    blocks.push("History");
    blocks.extend_from_slice(&ARTICLE[..3]);
    blocks.push("The new building");
    blocks.extend_from_slice(&ARTICLE[3..]);
    blocks.push("Notes");
    blocks.extend_from_slice(&notes);
    let text = blocks.join("\n\n");
    let result = summary(&text, 8);
    let left_out: Vec<(Boilerplate, &str)> = result.left_out.iter().map(|l| (l.kind, l.span.slice(&text))).collect();
    for paragraph in introduction {
        assert!(!left_out.iter().any(|&(_, l)| l == paragraph), "the introduction left out: {left_out:?}");
    }
    for note in notes {
        assert!(left_out.contains(&(Boilerplate::Footer, note)), "{note:?} not left out as a note: {left_out:?}");
    }
    let chosen: Vec<&str> = result.sentences.iter().map(|s| s.span.slice(&text)).collect();
    assert!(chosen.iter().any(|s| introduction[0].starts_with(s)), "{chosen:?}");

    // An introduction of one paragraph between the facts box and the contents has no prose around it to
    // vouch for it: its length does.
    let single = text.replacen(&format!("\n\n{}", introduction[1]), "", 1);
    let result = summary(&single, 8);
    assert!(!result.left_out.iter().any(|l| l.span.slice(&single) == introduction[0]), "the introduction left out");
}

/// A guide's dek or a newsletter's promotion over a table of contents is no introduction: it is shorter
/// than an introduction's paragraph, and stays out of the article.
#[test]
fn a_dek_over_a_table_of_contents_stays_out_of_the_article() {
    let dek = "Everything about the library in one page: its history, its new building and its collections, and how to join.";
    let under = [dek, "Table of Contents", "Why the Riverside Library Was Rebuilt", "Inside the New Children's Wing", "What Opening Day Looked Like"];
    let text = page(&[], &under, &[], &[]);
    let result = summary(&text, 8);
    assert!(result.sentences.iter().all(|s| !dek.contains(s.span.slice(&text))), "the dek was chosen");
    assert!(result.left_out.iter().any(|l| l.span.slice(&text) == dek));
}

/// A German blog post as WordPress and Blogger print it, pasted whole: skip links over the page, the
/// post's date on a line of its own over the headline, a byline, a figure's label, and the comment
/// form's lines under the post. The headline is the title, the summary is the post's, and every one of
/// those lines is left out.
#[test]
fn a_german_blog_post_with_the_lines_its_system_prints() {
    let headline = "Mit dem Nachtzug über die Alpen";
    let post = [
        "Wir sind im Mai mit dem Nachtzug von München nach Verona gefahren, und die Reise war schöner als jeder Flug, den wir je gemacht haben.",
        "Am Abend gab es im Speisewagen eine Suppe und ein Glas Wein, während draußen die letzten Dörfer Bayerns vorbeizogen.",
        "Am Morgen standen wir am Fenster und sahen die Berge im ersten Licht. Die Kinder wollten gar nicht mehr aussteigen.",
        "In Verona blieben wir drei Tage, bevor wir mit dem Regionalzug weiter an den Gardasee fuhren.",
        "Die Fahrkarten haben wir zwei Monate vorher gebucht, denn die Schlafwagen sind in den Ferien schnell ausverkauft.",
    ];
    let before = ["Zum Inhalt springen", "Zur Navigation springen", "Reiseblog", "DIENSTAG, 28. APRIL 2020"];
    let under = ["Erstellt von Fabian am Dienstag 28. April 2020"];
    let inside = ["Abb.: Der Nachtzug im Bahnhof Brenner"];
    let after = [
        "Du kommentierst mit Deinem Facebook-Konto. ( Abmelden / Ändern )",
        "Zum Kommentarformular springen",
    ];
    let blocks: Vec<&str> = before
        .iter()
        .chain([&headline])
        .chain(&under)
        .chain(&post[..2])
        .chain(&inside)
        .chain(&post[2..])
        .chain(&after)
        .copied()
        .collect();
    let text = blocks.join("\n\n");
    let result = summarize(&text, &Options::sentences(3)).unwrap();
    assert_eq!(result.title.map(|t| t.slice(&text)), Some(headline));
    for s in &result.sentences {
        let sentence = s.span.slice(&text);
        assert!(post.iter().any(|p| p.contains(sentence)), "a sentence from outside the post: {sentence:?}");
    }
    // Each is left out as what it is, not only as lying outside the post.
    let kinds = [
        (before[0], Boilerplate::Footer),
        (before[1], Boilerplate::Footer),
        (under[0], Boilerplate::Byline),
        (inside[0], Boilerplate::Caption),
        (after[0], Boilerplate::Share),
        (after[1], Boilerplate::Footer),
    ];
    for (line, kind) in kinds {
        assert_eq!(left_out_kind(&result, &text, line), Some(kind), "{line:?}");
    }
}

/// A Wikipedia article as a reader's select-all copies it (`tests/fixtures/wikipedia-article.txt`, written
/// for this test in the shape of the site's pages): menus and the table of contents, the note on other
/// meanings, the facts box, then the introduction, whose paragraphs end on footnote marks ("….[2][3]"). Its
/// first paragraph, the article's definition, is article text and opens the summary.
#[test]
fn a_wikipedia_article_under_its_facts_box() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/wikipedia-article.txt")).unwrap();
    let result = summary(&text, 3);
    assert_eq!(result.title.map(|t| t.slice(&text)), Some("Honey bee"));
    let lead = text.find("A honey bee (also spelled honeybee)").unwrap();
    assert!(!result.left_out.iter().any(|l| l.span.start <= lead && lead < l.span.end), "the introduction's first paragraph left out");
    assert_eq!(result.sentences.first().map(|s| s.span.start), Some(lead), "the summary opens on the definition");
    let note = text.find("This article is about").unwrap();
    let kind = result.left_out.iter().find(|l| l.span.start <= note && note < l.span.end).map(|l| l.kind);
    assert_eq!(kind, Some(Boilerplate::ReadMore));
}
