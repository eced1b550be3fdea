"""Who reports an event and how certain it is (EVENT_CODING.md: attribution, certainty): any source
a sentence names by a verb of saying or a preposition of source makes its event "reported"; a
sentence that denies part of the account makes it "disputed". Sentences written for these tests."""
import hadath


def _sources(text: str, date: str = "2016-03-10") -> list[tuple[str, str, str]]:
    return [(e.event_type, e.attribution, e.certainty) for e in hadath.extract(text, date).events]


def test_a_source_named_after_a_verb_of_saying_is_written_as_the_text_names_it():
    assert _sources("وقالت مصادر عسكرية إن طائرات حربية قصفت مواقع للمسلحين جنوب مدينة سرت.") == [
        ("Explosions/Remote violence", "مصادر عسكرية", "reported")]
    # the day the source spoke is not part of its name, before it or after it
    assert _sources("أعلنت الشرطة البريطانية الثلاثاء اعتقال رجل يشتبه في صلته بتفجير مانشستر.", "2017-05-24") == [
        ("Strategic developments", "الشرطة البريطانية", "reported")]
    assert _sources("وأوضحت اليوم قيادة العمليات المشتركة أن سبعة مسلحين قتلوا في اشتباكات مع الجيش قرب الرمادي.") == [
        ("Battles", "قيادة العمليات المشتركة", "reported")]


def test_a_preposition_of_source_names_the_source_after_it():
    assert _sources("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في حي الكرادة ببغداد، وفقا لمصادر طبية.") == [
        ("Explosions/Remote violence", "medical sources", "reported")]
    assert _sources("أصيب 12 شخصا في مواجهات بين أهالي قريتين متجاورتين، حسب المدير الجهوي للصحة.")[0][1:] == (
        "المدير الجهوي للصحة", "reported")


def test_an_event_no_one_reports_is_asserted_by_the_article():
    assert _sources("قتل جنديان في هجوم مسلح على نقطة تفتيش شمال بغداد.") == [
        ("Battles", "the article", "asserted")]
    # a rule or a count after "according to" is not who reports
    doc = hadath.extract("قتل خمسة جنود في كمين نصبه مسلحون قرب الحدود، وفق حصيلة أولية.", "2016-03-10")
    assert [e.certainty for e in doc.events] == ["asserted"]
    # a verb of saying with no subject and no "that" is no report: "the battle they announced"
    assert _sources("وواصل المسلحون قصف بلدتي كفريا والفوعة بالمدفعية ضمن المعركة التي أعلنوا عنها مؤخرا.")[0][1:] == (
        "the article", "asserted")


def test_a_speaker_without_a_name_is_the_source_told_before():
    doc = hadath.extract("قال متحدث باسم الشرطة إن الوضع في المدينة هادئ. وأضاف أن مسلحين هاجموا دورية "
                         "للشرطة قرب السوق وقتلوا شرطيا.", "2016-03-10")
    assert [(e.attribution, e.certainty) for e in doc.events] == [("متحدث باسم الشرطة", "reported")]


def test_a_denial_in_the_event_sentence_makes_it_disputed():
    doc = hadath.extract("وأفادت مصادر كردية أن عشرة مدنيين قتلوا في قصف للطيران التركي قرب قرية زركال، "
                         "لكن الجيش نفى أن يكون استهدف منطقة مأهولة.", "2016-03-10")
    assert [(e.event_type, e.certainty) for e in doc.events] == [("Explosions/Remote violence", "disputed")]
    # accounts that conflict, told in the event's sentence, dispute it too; the word is not a source
    doc = hadath.extract("قتل أربعة أشخاص في هجوم دهس وطعن قرب البرلمان في لندن، فيما تضاربت الأنباء حول "
                         "هوية المهاجم.", "2017-03-23")
    assert [(e.attribution, e.certainty) for e in doc.events] == [("the article", "disputed")]


def test_who_a_preposition_of_source_names_reports_and_does_not_act():
    doc = hadath.extract("قتل ثلاثة أشخاص في انفجار سيارة مفخخة في حي الكرادة ببغداد، وفقا لمصادر في الشرطة "
                         "العراقية.", "2016-03-10")
    assert [(e.actor1, e.actor2, e.attribution) for e in doc.events] == [
        ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)", "Iraqi police")]
    # the nationality of the source is no side of the attack
    doc = hadath.extract("تعرضت سفينة تجارية لهجوم بطائرة مسيرة قبالة سواحل الحديدة، وفق هيئة عمليات التجارة "
                         "البحرية البريطانية.", "2024-03-10")
    assert [(e.sub_event_type, e.actor1, e.certainty) for e in doc.events] == [("Air/drone strike", None, "reported")]
