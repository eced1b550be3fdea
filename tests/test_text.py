"""Normalisation, sentence splitting and tokenization on real Arabic text."""
from hadath.text import fold, fold_with_map, split_sentences, tokenize


def test_fold_unifies_letters_digits_and_drops_marks():
    assert fold("إسرائيل") == "اسراييل"
    assert fold("مُقتَلُ") == "مقتل"
    assert fold("٣٥") == "35" and fold("۴") == "4"
    assert fold("قتيــلا") == "قتيلا"          # tatweel
    assert fold("المدرسة") == "المدرسه"


def test_fold_with_map_points_back_into_original():
    s = "\u200fمُقتَلُ ٣ مدنيين"
    folded, index = fold_with_map(s)
    k = folded.index("3")
    assert s[index[k]] == "٣"
    a = folded.index("مدنيين")
    assert s[index[a]:index[a + len("مدنيين") - 1] + 1] == "مدنيين"


def test_sentences_do_not_split_at_arabic_comma(seed_doc):
    text = seed_doc["text"]
    spans = split_sentences(text)
    first = text[spans[0].start:spans[0].end]
    assert first.startswith("وقالت مصادر محلية") and first.endswith("في المنطقة.")
    assert "،" in first
    # every gold evidence span starts a sentence or lies inside one
    for ev in seed_doc["events"]:
        for a, b in ev["evidence"]:
            assert any(s.start <= a < s.end for s in spans)


def test_sentences_split_after_quote_without_space_and_keep_abbreviations():
    t = 'وأشار المرصد إلى أن "المدرج دمر".وجاءت الضربة ردا. وقال لراديو (ار.تي.ال) إنه 3.5 كلم.'
    parts = [t[s.start:s.end] for s in split_sentences(t)]
    assert parts[0].endswith('دمر".')
    assert parts[1] == "وجاءت الضربة ردا."
    assert "(ار.تي.ال)" in parts[2] and "3.5" in parts[2]


def test_digest_headlines_are_split_at_their_labels():
    t = "قفصة : إيقاف عنصر تكفيري ثالث سيدي بوزيد : شاب يعتدي على عون حرس"
    parts = [t[s.start:s.end] for s in split_sentences(t)]
    assert parts == ["قفصة : إيقاف عنصر تكفيري ثالث", "سيدي بوزيد : شاب يعتدي على عون حرس"]


def test_tokenizer_splits_proclitics_and_keeps_offsets():
    t = 'قالت مصادر لـ"العربي الجديد" إن "قسد" و"داعش" اشتبكتا وبالباغوز'
    toks = tokenize(t)
    assert [t[x.start:x.end] for x in toks] == [x.text for x in toks]
    texts = [x.text for x in toks]
    assert "لـ" in texts and "العربي" in texts and "داعش" in texts
    last = toks[-1]
    assert last.text == "وبالباغوز" and "الباغوز" in last.stems and "باغوز" in last.stems


def test_a_phrase_with_the_article_on_every_word_matches_its_entry():
    from hadath.kb.lexicon import Lexicon
    from hadath.text import tokenize
    lex = Lexicon()
    lex.add("وقفة احتجاجية", "protest")
    for s, n in (("نفذوا الوقفة الاحتجاجية أمام الولاية", 1), ("نفذوا وقفة احتجاجية", 1),
                 ("نفذوا وقفة الاحتجاجية", 0)):
        assert len(lex.find(tokenize(s))) == n, s


def test_the_article_is_read_from_the_word_as_written_not_from_its_folded_stems():
    """Folding writes the hamza of "إلقاء"، "ألقت" as a bare alef, so the stems alone would read ال + "قاء";
    has_article looks at the word as written, after its proclitics."""
    from hadath.text import has_article
    def art(w):
        return has_article(tokenize(w)[0])
    assert [art(w) for w in ("الهجوم", "وبالهجوم", "للهجوم", "فالاشتباكات", "الإلقاء")] == [True] * 5
    assert [art(w) for w in ("إلقاء", "بإلقاء", "ألقت", "إلحاق", "والي", "اعتقال")] == [False] * 6


def test_an_arrest_told_with_ilqa_al_qabd_is_no_reference_to_one_told_before():
    """"وتم إلقاء القبض على الإرهابيين": the phrase's hamzated alef is no article, so the sentence
    tells a new arrest, not the definite retelling of one."""
    from hadath import extract
    text = ("أعلنت وزارة الأمن الإيرانية اليوم الاثنين عن إحباط مخططات ارهابية لتنفيذ تفجيرات في العاصمة طهران. "
            "وتم إلقاء القبض على الإرهابيين وضبط عدد من القنابل.")
    assert [(e.event_type, e.sub_event_type) for e in extract(text, "2016-06-20").events] == [
        ("Strategic developments", "Arrests")]
