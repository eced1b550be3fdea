"""A crowd blocking without a protest word: an office closed or besieged, trucks, a train or a company's work stopped,
protesters keeping staff out, mouths sewn (protest_cues.tsv kinds close, halt, traffic, premises, occupy, act;
triggers.tsv). Sentences written for these tests in the style of Tunisian local news; the police stopping or
arresting people is no blockade."""
from protest_fixtures import PEACEFUL as PROTEST
from protest_fixtures import record_types as _types


def test_a_crowd_closing_or_besieging_an_office_protests():
    assert _types("أغلق عدد من أهالي منطقة الشراردة صباح اليوم مقر المعتمدية للمطالبة بالتنمية.") == PROTEST
    assert _types("حاصر عشرات المواطنين مقر معتمدية سبيطلة صباح اليوم.") == PROTEST


def test_a_crowd_stopping_trucks_a_train_or_a_companys_work_protests():
    assert _types("منع عدد من الأهالي الشاحنات من نقل الفسفاط من مغسلة الرديف صباح اليوم.") == PROTEST
    assert _types("أوقف عدد من المعطلين عن العمل قطار نقل الفسفاط بالمظيلة.") == PROTEST
    assert _types("عمد عدد من المعطلين عن العمل إلى إيقاف نشاط شركة البيئة والغراسة بالمتلوي.") == PROTEST


def test_the_police_stopping_a_train_or_arresting_at_an_office_is_no_blockade():
    assert ("Protests", "Peaceful protest") not in _types("أوقفت الشرطة القطار بمحطة قفصة بعد بلاغ عن وجود قنبلة.")
    assert ("Protests", "Peaceful protest") not in _types("أغلقت قوات الأمن مقر الجمعية بقرار قضائي صباح اليوم بتونس.")


def test_protesters_keeping_staff_out_and_mouths_sewn_are_protests():
    assert _types("منع المحتجون الموظفين من الالتحاق بمكاتبهم بمقر الولاية بالقصرين.") == PROTEST
    assert _types("أقدم عدد من المعطلين عن العمل على خياطة أفواههم بمقر الاتحاد الجهوي للشغل بقفصة.") == PROTEST


def test_a_closing_noun_a_crowds_verb_of_doing_governs_is_its_blockade():
    # the crowd is named after "أقدم"، "عمد"، "قام" and the closing is a verbal noun with what it closes right after it
    assert _types("أقدمت مجموعة من المعطلين عن العمل صباح اليوم على إغلاق مقر شركة فسفاط قفصة بالمتلوي.") == PROTEST
    assert _types("عمد عشرات العاطلين عن العمل صباح اليوم إلى إيقاف ضخ المياه نحو المصنع بقابس.") == PROTEST
    # a state force taking on the closing is no crowd, and stopping people is an arrest, not a blockade
    assert ("Protests", "Peaceful protest") not in _types(
        "تولت وحدات الحرس الوطني غلق الطريق بالاتجاهين في انتظار إخراج الشاحنة.")
    assert ("Strategic developments", "Arrests") in _types(
        "تمكنت وحدات الحرس الوطني بقفصة اليوم من إيقاف 3 عناصر تكفيرية بالمتلوي.")
