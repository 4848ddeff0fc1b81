#!/usr/bin/env python3
"""Writes src/lang/<tag>/stopwords.txt for every language but English from established lists.

Source: the `stop-words` crate 0.10.1 (crates.io, MIT OR Apache-2.0), which ships two published
collections verbatim: NLTK's stopwords corpus (`src/nltk/<language>`; for the Snowball languages these
are the Snowball project's lists, the ones its stemmers were designed with) and stopwords-iso
(`src/iso/stopwords-iso.json`, MIT; the same lists as the `stopwordsiso` PyPI package). NLTK's list is
used where NLTK has the language, stopwords-iso otherwise, and for Turkish, whose NLTK list has 53 words
and not "bir" ("a", "one"), the language's most frequent word. Greek, Hungarian, Romanian and Ukrainian
take spaCy's lists (3.8.7, MIT, `spacy/lang/<tag>/stop_words.py`, read from its wheel), which cover
clearly more of the function words of their UD treebanks (docs/languages.md): NLTK's Greek list is
written without accents and with a medial sigma at the end ("απο", "τησ"), so the words as Greek is
written ("από", "της") were never found in it, and stopwords-iso's Ukrainian list (73 words) lacks "на",
"не", "за" and "по".

Every list is lower-cased, deduplicated, and cut to the MAX_WORDS most frequent words by `wordfreq`
(PyPI, 3.1.1), so that every language's list costs about the same in the `.wasm` and the words kept are
the ones that actually occur; a word wordfreq has never seen is dropped when the list is cut. Entries with a
space are dropped (a stopword is looked up one word at a time), and so are entries without a letter
(numbers); for Chinese and Japanese, which are read as character pairs, only entries of one or two
characters are kept. Thai (no wordfreq list) keeps
its stopwords-iso order. The files list the words most frequent first.

Arabic's list then also gets each of its words that has a hamza on its alef (أ إ آ) without it (ا), after it:
much Arabic web text writes "ان" and "الى" for "أن" and "إلى" (stopwords-iso and Lucene list both). Its
`[function-words]` section also gets the forms with "and" (و) or "so" (ف) joined to their start that are
as frequent as the list's own words in wordfreq ("وقد", "وكان", "فإن": 45 words).

French and Italian also get an `[elided]` section: the short forms written with an apostrophe before the
next word ("l'armée", "qu'il", "dell'anno"), which `tokenize` takes off so that the word after the
apostrophe is the term ("armée"). The lists are Lucene's elision articles for the two languages (the
`ElisionFilter` defaults of its FrenchAnalyzer and ItalianAnalyzer, Apache-2.0), as Elasticsearch's
`french_elision` and `italian_elision` filters use them.

Korean and Indonesian also get a `[particles]` section: what is written joined to the end of the noun
before it and `tokenize` takes off. For Korean its case and topic particles (josa: "정부가", "정부는",
"정부의" are "정부"), the grammar's common particles and their combinations ("에서는", "과의"); on the nouns
of the UD Korean-GSD treebank the form left is the annotated stem for 97 % of them. For Indonesian the
possessive "-nya" ("pemerintahnya" is "pemerintah"), which UD Indonesian-GSD splits off as a word of its
own: 352 of its 354 dev and test words so split are then their first part (docs/languages.md).

Every language with a UD treebank (but English, whose lists are written for Abridge) also gets a
`[function-words]` section: the closed-class words of its treebank that the 80 leave out ("cette",
"comme", "dieser", "seit"), which are no keyword but still count in the scoring (longer lists made every
summary set worse); found by `scripts/lang/function_words.py`.

Greek also gets a `[fold]` section: each entry a letter and the letter `tokenize` reads it as in a term,
before the `[suffixes]` come off. Greek's accent moves as a word inflects ("άνθρωπος", "ανθρώπων") and a
word ends in "ς" where inside it the same letter is "σ", so the stems of one word's forms differ until the
accents go and the sigmas are one (as Snowball's Greek stemmer reads them too).

Usage:
    cargo info stop-words@0.10.1 >/dev/null   # puts the crate's source under ~/.cargo/registry/src
    pip install wordfreq==3.1.1
    pip download --no-deps spacy==3.8.7 -d target/spacy   # the wheel, not installed: its two lists are read
    python3 scripts/lang/stopwords.py [--spacy-wheel target/spacy/spacy-3.8.7-….whl]
"""

import argparse
import glob
import json
import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import registry  # noqa: E402

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
CRATE = "stop-words-0.10.1"
MAX_WORDS = 80

# Korean's and Indonesian's particles (see above), written in the file's `[particles]` section.
PARTICLES = {
    "id": ["nya"],
    "ko": ['이', '가', '은', '는', '을', '를', '의', '에', '에서', '에게', '께서', '로', '으로', '와', '과', '도', '만', '이나', '나', '까지', '부터', '보다', '처럼', '에는', '에서는', '으로는', '로는', '와의', '과의', '에서의', '으로의', '로의', '에도', '에서도', '만을', '마다', '이란', '란', '한테', '께', '조차', '밖에', '이다', '라는', '이라는'],
}
# The letters `tokenize` reads as others in a term before the suffixes come off (see above), written in
# the file's `[fold]` section as the letter followed by what it becomes.
FOLD = {
    "el": ["άα", "έε", "ήη", "ίι", "όο", "ύυ", "ώω", "ϊι", "ϋυ", "ΐι", "ΰυ", "ςσ"],
}
# The endings `tokenize` takes off a word for its term where `rust-stemmers` has no stemmer (see above),
# written in the file's `[suffixes]` section: learned from UD treebanks and measured by
# scripts/lang/suffixes.py, which prints the learned lists; Hindi's is Ramanathan and Rao's. Greek's
# (learned on the words as FOLD leaves them) stands in for Snowball's Greek stemmer, which `rust-stemmers`
# has: as good on the treebank and 9.6 KB gzip lighter (docs/languages.md).
SUFFIXES = {
    "cs": ['y', 'u', 'é', 'a', 'i', 'l', 'e', 'á', 'í', 'ou', 'la', 'em', 'ě', 'ů', 'm', 'ého', 'ých', 'ho', 'ý', 'o', 'uje', 'ky', 'mi', 'ek', 'ku', 'ce', 'ém', 'li', 'ech', 'lo', 'ým', 'al', 'ka', 'ků', 'it', 'il', 'ly', 'ách', 'jí', 'ují', 'áce', 'ích', 'íme', 'ím', 'áci', 'ila', 'ci', 'ala', 'ám', 'ec', 'ům', 'kem', 'ami', 'mu', 'ému', 'at', 'ovat', 'ými', 'íli', 'ána', 'áme', 'án', 'ější', 'ovi', 'ají', 'ány', 'ne', 'et'],
    "sk": ['a', 'u', 'e', 'y', 'é', 'l', 'om', 'ej', 'á', 'li', 'í', 'ov', 'i', 'ého', 'ť', 'ou', 'ti', 'o', 'ý', 'ú', 'ch', 'la', 'ých', 'ia', 'ie', 'lo', 'mi', 'eho', 'ol', 'ím', 'ým', 'och', 'jú', 'tí', 'ovia', 'ych', 'ami', 'ými', 'ovi', 'ách', 'ému', 'um', 'lia', 'ym', 'ho', 'ľby', 'ach', 'iu', 'ťou', 'enu', 'eň'],
    "pl": ['a', 'y', 'i', 'e', 'u', 'ę', 'ł', 'ą', 'ć', 'ego', 'ów', 'ie', 'm', 'ej', 'em', 'ła', 'ych', 'ch', 'ci', 'li', 'ach', 'ym', 'nia', 'ją', 'o', 'ami', 'ło', 'cie', 'jąc', 'ły', 'ń', 'enia', 'my', 'iem', 'enie', 'zie', 'om', 'oi', 'cią', 'mi', 'ymi', 'niu'],
    "uk": ['у', 'і', 'и', 'а', 'ів', 'є', 'ого', 'ю', 'я', 'ої', 'ї', 'их', 'ти', 'ою', 'ий', 'ь', 'ом', 'ли', 'ють', 'й', 'е', 'ому', 'в', 'вати', 'о', 'ами', 'ій', 'ла', 'ємо', 'ах', 'им', 'ими', 'ючи', 'єю', 'ло', 'ам', 'ено', 'имо', 'ей', 'то', 'єте', 'вайте', 'ень', 'вали', 'іб', 'ям'],
    "el": ['η', 'α', 'ων', 'σ', 'εσ', 'ο', 'υ', 'ησ', 'ει', 'οσ', 'εισ', 'ου', 'εων', 'ασ', 'ουσ', 'ουν', 'υσ', 'οι', 'ησε', 'ε', 'εται', 'σε', 'ουμε', 'ηθηκε', 'ησαν', 'σει', 'ειται', 'θηκε', 'θει', 'ζεται', 'ω', 'ησει', 'στηκε', 'ζει', 'σουμε', 'ονται', 'ηθουν', 'θηκαν', 'ηθει', 'σουν', 'ξει', 'νει', 'οντασ', 'εσε', 'στει', 'θουν', 'στουν', 'σω', 'ζουμε', 'σαμε', 'εσει', 'αμε', 'σθει', 'ησουν', 'σαν', 'αν', 'ουσαν', 'ουσε', 'ψει', 'σα', 'οντοσ', 'ντασ', 'ξουμε', 'νται'],
    "hi": ['ी', 'ूंगी', 'ेंगी', 'ऊंगी', 'आऊंगी', 'ाऊंगी', 'एंगी', 'आएंगी', 'ाएंगी', 'ेगी', 'ोगी', 'एगी', 'आएगी', 'ाएगी', 'ओगी', 'आओगी', 'ाओगी', 'ती', 'अती', 'आती', 'ाती', 'नी', 'अनी', 'आँ', 'ाँ', 'इयाँ', 'आइयाँ', 'ाइयाँ', 'ियाँ', 'ु', 'ीं', 'तीं', 'अतीं', 'आतीं', 'ातीं', 'आं', 'ुआं', 'उआं', 'ें', 'ईं', 'आईं', 'ाईं', 'ों', 'इयों', 'आइयों', 'ाइयों', 'ियों', 'एं', 'ुएं', 'आएं', 'उएं', 'ाएं', 'ताएं', 'अताएं', 'नाएं', 'अनाएं', 'ओं', 'ुओं', 'आओं', 'उओं', 'ाओं', 'ताओं', 'अताओं', 'नाओं', 'अनाओं', 'ां', 'इयां', 'आइयां', 'ाइयां', 'ियां', 'ू', 'अ', 'आ', 'इ', 'े', 'ेंगे', 'एंगे', 'आएंगे', 'ाएंगे', 'ोगे', 'ओगे', 'आओगे', 'ाओगे', 'ते', 'अते', 'आते', 'ाते', 'ने', 'अने', 'आने', 'ाने', 'ई', 'आई', 'ाई', 'उ', 'ऊ', 'ो', '्', 'ए', 'आए', 'इए', 'आइए', 'ाइए', 'ाए', 'िए', 'ओ', 'आओ', 'ाओ', 'कर', 'अकर', 'आकर', 'ाकर', 'ा', 'ूंगा', 'ऊंगा', 'आऊंगा', 'ाऊंगा', 'ेगा', 'एगा', 'आएगा', 'ाएगा', 'ता', 'अता', 'आता', 'ाता', 'ना', 'अना', 'आना', 'ाना', 'आया', 'ाया', 'ि'],
}
# The function words past each list's cut (UD's closed classes, ranked by wordfreq), which are no keyword
# though they count in the scoring: printed by scripts/lang/function_words.py, written in the file's
# `[function-words]` section.
FUNCTION_WORDS = {
    "ar": ['كانت', 'خلال', 'علي', 'عندما', 'كنت', 'حول', 'عبر', 'هم', 'ضد', 'لقد', 'حين', 'عشر', 'عدة', 'فيما', 'مليون', 'داخل', 'لدى', 'ثلاثة', 'كانوا', 'أمام', 'فوق', 'أثناء', 'سوف', 'ضمن', 'ليست', 'خارج', 'ماذا', 'ثلاث', 'إذ', 'حسب', 'إحدى', 'رغم', 'معظم', 'نتيجة', 'تكن', 'إلي', 'سوى', 'أربعة', 'خمسة', 'عشرة'],
    "cs": ['bych', 'jste', 'kdo', 'své', 'tomu', 'asi', 'jejich', 'ji', 'ti', 'více', 'mu', 'či', 'takže', 'no', 'nám', 'všechny', 'díky', 'však', 'nad', 'jestli', 'pod', 'ta', 'třeba', 'právě', 'všechno', 'ke', 'přes', 'dva', 'její', 'proti', 'jeden', 'budou', 'jsi', 'někdo', 'tohle', 'kteří', 'kvůli', 'jim', 'každý', 'víc'],
    "da": ['kan', 'ved', 'to', 'må', 'andre', 'ingen', 'uden', 'andet', 'fordi', 'nogen', 'blevet', 'før', 'mellem', 'mit', 'hos', 'tre', 'disse', 'samt', 'hendes', 'inden', 'mine', 'hvem', 'omkring', 'gennem', 'hver', 'blandt', 'mens', 'hende', 'sit', 'én', 'begge', 'sine', 'fire', 'via', 'bag', 'bør', 'burde', 'fem', 'hvert', 'intet'],
    "de": ['wurde', 'hatte', 'ihre', 'dieser', 'gegen', 'seine', 'alles', 'viel', 'ab', 'denn', 'meine', 'will', 'ohne', 'weil', 'waren', 'zwei', 'mein', 'eines', 'kein', 'seit', 'soll', 'hab', 'nichts', 'würde', 'wer', 'anderen', 'ihm', 'ob', 'ihn', 'seiner', 'viele', 'zwischen', 'diesem', 'dieses', 'wurden', 'müssen', 'sondern', 'sollte', 'andere', 'ihnen'],
    "el": ['δύο', 'προς', 'οποία', 'έναν', 'καθώς', 'ούτε', 'ας', 'οποίο', 'μέσω', 'μεταξύ', 'αυτός', 'τίποτα', 'αυτές', 'άλλα', 'λόγω', 'είχαν', 'ώστε', 'εν', 'μιας', 'τρεις', 'επί', 'άλλες', 'εκ', 'παρά', 'αυτόν', 'υπό', 'οποίος', 'πέντε', 'όσα', 'άλλους', 'αυτήν', 'είτε', 'ωστόσο', 'άλλων', 'αυτού', 'άλλοι', 'οποίες', 'μερικές', 'αυτής', 'κάποιες'],
    "es": ['si', 'ser', 'dos', 'puede', 'cada', 'durante', 'ellos', 'aunque', 'contra', 'soy', 'todas', 'estos', 'he', 'sido', 'él', 'ella', 'estas', 'estaba', 'estar', 'alguien', 'quien', 'toda', 'tres', 'mis', 'nuestro', 'pueden', 'pues', 'nadie', 'otras', 'muchos', 'cual', 'debe', 'algunos', 'muchas', 'según', 'cualquier', 'fueron', 'unos', 'bajo', 'hacia'],
    "fi": ['voi', 'kaikki', 'jälkeen', 'mitään', 'ennen', 'eli', 'eikä', 'onko', 'yksi', 'jotain', 'kaksi', 'joku', 'pitäisi', 'vastaan', 'ilman', 'tällä', 'toinen', 'kautta', 'kolme', 'voisi', 'muuta', 'voidaan', 'välillä', 'muun', 'alle', 'vuoksi', 'yhden', 'asti', 'jotta', 'muut', 'sama', 'muita', 'tarvitse', 'kaiken', 'piti', 'samaa', 'täytyy', 'muiden', 'mä', 'voivat'],
    "fr": ['ça', 'si', 'comme', 'être', 'cette', 'deux', 'quand', 'après', 'sans', 'avoir', 'où', 'entre', 'rien', 'contre', 'depuis', 'sous', 'dont', 'quoi', 'leurs', 'chez', 'quelques', 'cela', 'trois', 'car', 'pendant', 'puis', 'cet', 'ceux', 'elles', 'plusieurs', 'vers', 'celui', 'chaque', 'selon', 'aurait', 'avons', 'celle', 'certains', 'devant', 'ni'],
    "hi": ['हम', 'हर', 'गए', 'गई', 'कम', 'तब', 'ओर', 'उन', 'भर', 'तरफ', 'ऊपर', 'लगभग', 'वजह', 'ऑफ', 'तहत', 'दस', 'आठ', 'छह', 'आस', 'एकदम', 'आपस', 'महज', 'इसपर', 'iii', 'तबतक'],
    "hu": ['két', 'arra', 'ezek', 'legyen', 'neki', 'előtt', 'amely', 'semmi', 'mellett', 'erre', 'mindenki', 'nélkül', 'saját', 'három', 'valamint', 'ezzel', 'mivel', 'másik', 'néhány', 'őket', 'ellen', 'ennek', 'hanem', 'azonban', 'illetve', 'vele', 'ebben', 'voltak', 'annak', 'mind', 'hozzá', 'viszont', 'számára', 'magát', 'azzal', 'maga', 'óta', 'azon', 'tehát', 'belül'],
    "id": ['siapa', 'tentang', 'dua', 'secara', 'ketika', 'para', 'diri', 'selama', 'bersama', 'setiap', 'tanpa', 'kepada', 'mana', 'namun', 'sedang', 'tetapi', 'hingga', 'nya', 'pun', 'seseorang', 'sebelum', 'bagi', 'yaitu', 'agar', 'ku', 'maka', 'suatu', 'sekitar', 'antara', 'serta', 'bawah', 'tiga', 'seluruh', 'sesuatu', 'dimana', 'sejak', 'melalui', 'sehingga', 'terhadap', 'menurut'],
    "it": ['essere', 'stato', 'quando', 'due', 'dopo', 'senza', 'ogni', 'può', 'secondo', 'vi', 'sta', 'questi', 'stata', 'lui', 'siamo', 'contro', 'li', 'mentre', 'tutte', 'abbiamo', 'quel', 'qualche', 'quale', 'suoi', 'viene', 'aveva', 'sarà', 'stati', 'tre', 'avere', 'altre', 'erano', 'queste', 'ciò', 'sotto', 'aver', 'deve', 'fosse', 'durante', 'fu'],
    "ko": ['라고', '모든', '또는', '이후', '가운데', '수십'],
    "nl": ['we', 'onze', 'twee', 'moeten', 'wij', 'mee', 'alle', 'zoals', 'toen', 'waren', 'hem', 'tijdens', 'tussen', 'wie', 'alles', 'af', 'zonder', 'iedereen', 'binnen', 'werden', 'één', 'drie', 'toe', 'elkaar', 'vanaf', 'want', 'volgens', 'niets', 'per', 'achter', 'sinds', 'ten', 'hadden', 'kon', 'rond', 'buiten', 'enkele', 'geweest', 'ter', 'enige'],
    "no": ['må', 'andre', 'to', 'alt', 'din', 'skulle', 'samme', 'under', 'annet', 'disse', 'mellom', 'ville', 'rundt', 'fordi', 'hans', 'tre', 'sine', 'bør', 'gjennom', 'tilbake', 'blant', 'både', 'vår', 'hos', 'sitt', 'burde', 'hver', 'mens', 'deres', 'mitt', 'hvem', 'mine', 'måtte', 'ute', 'annen', 'eneste', 'egen', 'neste', 'ditt', 'ham'],
    "pl": ['chyba', 'nas', 'także', 'on', 'była', 'tych', 'również', 'ta', 'takie', 'ktoś', 'niż', 'kto', 'która', 'właśnie', 'aby', 'albo', 'ty', 'dzięki', 'którzy', 'podczas', 'nich', 'mu', 'nad', 'im', 'je', 'jesteś', 'temu', 'wiele', 'został', 'będą', 'wszyscy', 'wszystkich', 'wszystkie', 'były', 'kilka', 'nam', 'we', 'których', 'siebie', 'taki'],
    "pt": ['vai', 'sobre', 'pode', 'ter', 'tudo', 'todos', 'vou', 'porque', 'nada', 'dois', 'todo', 'mim', 'outros', 'durante', 'pra', 'outro', 'será', 'cada', 'qualquer', 'alguém', 'sendo', 'desde', 'contra', 'três', 'alguns', 'of', 'segundo', 'nosso', 'toda', 'deve', 'podem', 'após', 'duas', 'todas', 'outras', 'enquanto', 'ninguém', 'outra', 'vamos', 'vocês'],
    "ro": ['două', 'unui', 'mă', 'cea', 'eu', 'unei', 'fără', 'fiind', 'între', 'această', 'multe', 'îi', 'asta', 'ceea', 'alte', 'lor', 'îl', 'unul', 'sub', 'ea', 'prima', 'trei', 'orice', 'spre', 'ceva', 'fiecare', 'cei', 'primul', 'unor', 'acesta', 'câteva', 'una', 'asupra', 'aceasta', 'doi', 'sale', 'său', 'își', 'mea', 'toți'],
    "ru": ['это', 'также', 'которые', 'который', 'всех', 'один', 'через', 'ему', 'них', 'тем', 'эти', 'между', 'этой', 'два', 'него', 'однако', 'свою', 'её', 'нам', 'несколько', 'своей', 'против', 'которых', 'лишь', 'свои', 'над', 'именно', 'перед', 'поэтому', 'три', 'которой', 'хотя', 'чего', 'эта', 'своих', 'тех', 'около', 'эту', 'своего', 'свой'],
    "sk": ['počas', 'tento', 'iba', 'pretože', 'tomu', 'všetky', 'mu', 'teda', 'ten', 'vďaka', 'toto', 'každý', 'svoje', 'asi', 'veľa', 'nad', 'najmä', 'jeden', 'ktorú', 'tejto', 'proti', 'takže', 'ktorej', 'tie', 'okrem', 'im', 'napríklad', 'svoju', 'iné', 'nich', 'cez', 'ktorých', 'všetkých', 'ktorí', 'tieto', 'niekoľko', 'svoj', 'svojej', 'ktorého', 'túto'],
    "sv": ['ska', 'kommer', 'vill', 'måste', 'två', 'dom', 'innan', 'borde', 'vilket', 'genom', 'hans', 'mellan', 'varje', 'vår', 'dessa', 'er', 'sina', 'sitt', 'kunna', 'inom', 'kunde', 'ditt', 'honom', 'vem', 'deras', 'vilken', 'enligt', 'våra', 'ur', 'bland', 'samt', 'hos', 'eftersom', 'fast', 'både', 'henne', 'emot', 'all', 'ville', 'hennes'],
    "tr": ['mi', 'size', 'üç', 'hem', 'yani', 'hiçbir', 'bize', 'kim', 'mu', 'eğer', 'onun', 'üzere', 'bin', 'sizi', 'ona', 'birçok', 'kendini', 'boyunca', 'bunlar', 'birkaç', 'onlar', 'dört', 'on', 'bende', 'beş', 'kendine', 'musunuz', 'dolayı', 'altı', 'hatta', 'benden', 'hepsi', 'kendimi', 'bunları', 'onlara', 'ondan', 'kendisine', 'misin', 'nerede', 'kimi'],
    "uk": ['була', 'були', 'зі', 'бо', 'один', 'щодо', 'навіть', 'лише', 'себе', 'них', 'проти', 'щось', 'яких', 'нічого', 'ось', 'багато', 'нам', 'саме', 'цьому', 'же', 'між', 'інших', 'свою', 'ці', 'два', 'нього', 'всіх', 'йому', 'таке', 'чого', 'той', 'ніж', 'собі', 'такі', 'якого', 'над', 'перед', 'серед', 'тим', 'одного'],
    "vi": ['chúng', 'ta', 'tự', 'bằng', 'hai', 'vậy', 'hoặc', 'rằng', 'gì', 'muốn', 'nay', 'mọi', 'rồi', 'ngay', 'sao', 'bởi', 'vô', 'giữa', 'ai', 'tuy', 'ba', 'ấy', 'dù', 'triệu', 'mỗi', 'đâu', 'vài', 'đôi', 'nhé', 'chút', 'hắn', 'thôi', 'kia', 'mấy', 'chứ', 'song', 'tận', 'đấy', 'bốn', 'ngàn'],
}
# Every supported language but English (whose list is written for Abridge), with its English name.
NAMES = {tag: name for tag, name in registry.supported() if tag != "en"}
# Read as character pairs; Thai is too, but its words are longer than two characters and kept whole.
PAIR_LANGUAGES = {"zh", "ja"}
# NLTK has a list for these, but stopwords-iso's serves better (see above).
ISO_INSTEAD = {"tr"}
# Languages whose list also gets each word's spelling without the hamza on its alef.
HAMZA_FREE = {"ar"}
HAMZA_ALEF = str.maketrans("أإآ", "ااا")
# What a language writes joined to the start of the next word, as Arabic writes "and" (و) and "so" (ف):
# "وقد", "فإن". Each such form of a word of the list or of its function words that wordfreq ranks as high
# as the least frequent word of the list is a function word too (it is no keyword).
PROCLITICS = {"ar": ["و", "ف"]}
# spaCy's list instead of NLTK's or stopwords-iso's (see above).
SPACY_INSTEAD = {"el", "hu", "ro", "uk"}
SPACY_WHEEL = os.path.join(ROOT, "target", "spacy", "spacy-3.8.7-*.whl")
# wordfreq's code where it differs from ours.
WORDFREQ_CODE = {"no": "nb"}
# Lucene's elision articles (see above), written in the file's `[elided]` section.
ELIDED = {
    "fr": ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"],
    "it": ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl",
           "sugl", "un", "m", "t", "s", "v", "d"],
}


def crate_dir():
    found = glob.glob(os.path.expanduser(f"~/.cargo/registry/src/*/{CRATE}"))
    if not found:
        sys.exit(f"{CRATE} not found: run `cargo info stop-words@0.10.1` first")
    return found[0]


def spacy_list(wheel, tag):
    """spaCy's stopwords for `tag`, from the STOP_WORDS string of its module in the wheel."""
    import re
    import zipfile

    source = zipfile.ZipFile(wheel).read(f"spacy/lang/{tag}/stop_words.py").decode("utf-8")
    return re.search(r'"""(.*?)"""', source, re.S).group(1).split()


def clean(words, tag):
    out, seen = [], set()
    for w in words:
        w = unicodedata.normalize("NFC", w.strip().lower())
        if not w or " " in w or w.startswith("#") or w.startswith("["):
            continue
        if (tag in PAIR_LANGUAGES and len(w) > 2) or not any(c.isalpha() for c in w):
            continue
        if w not in seen:
            seen.add(w)
            out.append(w)
    return out


def most_frequent(words, tag):
    """The MAX_WORDS of `words` most frequent in wordfreq, most frequent first, and True; where wordfreq
    lacks the language, the first MAX_WORDS and False."""
    import wordfreq  # only here: scripts/lang/suffixes.py imports SUFFIXES without it

    code = WORDFREQ_CODE.get(tag, tag)
    if code not in wordfreq.available_languages():
        return words[:MAX_WORDS], False
    # The raw table, not word_frequency(): that would tokenize each entry first (jieba, MeCab).
    table = wordfreq.get_frequency_dict(code)
    # wordfreq writes a Greek word's final sigma as a medial one ("της" is its "τησ").
    freq = {w: table.get(w.replace("ς", "σ"), 0.0) for w in words}
    return sorted((w for w in words if freq[w] > 0), key=lambda w: -freq[w])[:MAX_WORDS], True


def proclitic_forms(tag, words, function_words):
    """The forms of `words` and `function_words` with one of the language's PROCLITICS joined to their
    start that wordfreq ranks at least as high as the least frequent of `words`, most frequent first."""
    import wordfreq

    table = wordfreq.get_frequency_dict(WORDFREQ_CODE.get(tag, tag))
    floor = min(table.get(w, 0.0) for w in words if table.get(w, 0.0) > 0)
    known = set(words) | set(function_words)
    forms = {p + w for p in PROCLITICS[tag] for w in known} - known
    return sorted((f for f in forms if table.get(f, 0.0) >= floor), key=lambda f: (-table[f], f))


def shipped(tag):
    """The stopwords `tag`'s stopwords.txt holds now: its entries before the first section."""
    with open(os.path.join(ROOT, "src", "lang", tag, "stopwords.txt"), encoding="utf-8") as f:
        entries = [w.strip() for w in f if w.strip() and not w.startswith("#")]
    return entries[: next((i for i, w in enumerate(entries) if w.startswith("[")), len(entries))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spacy-wheel", default=SPACY_WHEEL, help="spaCy 3.8.7's wheel (a glob)")
    wheels = glob.glob(parser.parse_args().spacy_wheel)
    if not wheels:
        sys.exit("spaCy's wheel not found: pip download --no-deps spacy==3.8.7 -d target/spacy")
    wheel = wheels[0]
    crate = crate_dir()
    iso = json.load(open(os.path.join(crate, "src", "iso", "stopwords-iso.json"), encoding="utf-8"))
    for tag, name in NAMES.items():
        nltk_path = os.path.join(crate, "src", "nltk", name.lower())
        if tag in SPACY_INSTEAD:
            source = "spaCy 3.8.7's list (MIT)"
            raw = spacy_list(wheel, tag)
        elif os.path.exists(nltk_path) and tag not in ISO_INSTEAD:
            source = "NLTK's list"
            if name.lower() in ("danish", "dutch", "english", "finnish", "french", "german", "hungarian",
                                "italian", "norwegian", "portuguese", "russian", "spanish", "swedish"):
                source += " (Snowball's)"
            raw = open(nltk_path, encoding="utf-8").read().split("\n")
        else:
            source = "stopwords-iso (MIT)"
            raw = iso[tag]
        words = clean(raw, tag)
        total = len(words)
        words, ranked = most_frequent(words, tag)
        if ranked:
            cut = f"its {len(words)} of {total} words most frequent in wordfreq 3.1.1, in that order"
        else:
            cut = f"{len(words)} of its {total} words, in its order"
        if tag in HAMZA_FREE:  # each word with a hamza on its alef, then the same without it
            words = list(dict.fromkeys(v for w in words for v in (w, w.translate(HAMZA_ALEF))))
        header = [
            f"# {name} stopwords: {source}, from "
            + ("its wheel;" if tag in SPACY_INSTEAD else "the stop-words crate 0.10.1 (MIT OR Apache-2.0);"),
            f"# {cut}. Made by scripts/lang/stopwords.py.",
        ]
        if tag in HAMZA_FREE:
            header.append("# Each word with a hamza on its alef (أ إ آ) also without it (ا), as web text often writes it.")
        elided = []
        if tag in ELIDED:
            elided = [
                "",
                "[elided]",
                "# Written with an apostrophe before the next word, which is the term: Lucene's elision articles.",
            ] + ELIDED[tag]
        if tag in PARTICLES:
            elided += [
                "",
                "[particles]",
                "# Written joined to the end of the word before them, which is the term.",
            ] + PARTICLES[tag]
        if tag in FUNCTION_WORDS:
            elided += [
                "",
                "[function-words]",
                "# Function words past the list's cut, which are no keyword (scripts/lang/function_words.py).",
            ] + FUNCTION_WORDS[tag]
        if tag in PROCLITICS:
            elided += [
                "# The same with " + " or ".join(PROCLITICS[tag]) + " joined to their start, as frequent as the list's words.",
            ] + proclitic_forms(tag, words, FUNCTION_WORDS.get(tag, []))
        if tag in FOLD:
            elided += [
                "",
                "[fold]",
                "# A letter and the letter a term reads it as, before the suffixes come off.",
            ] + FOLD[tag]
        if tag in SUFFIXES:
            elided += [
                "",
                "[suffixes]",
                "# Endings taken off a word for its term, the longest first: a light stemmer (scripts/lang/suffixes.py).",
            ] + SUFFIXES[tag]
        path = os.path.join(ROOT, "src", "lang", tag, "stopwords.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(header + words + elided) + "\n")
        print(f"{tag}: {len(words)} words ({source})")


if __name__ == "__main__":
    main()
