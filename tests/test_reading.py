"""Reading text: encodings in their detection order, stdin, and bad input."""
import codecs

import pytest

import speechmine
from speechmine.errors import SpeechmineError
from speechmine.reading import decode, read, read_bytes

TEXT = "同志们：\n一、各区县要在年底前完成农村公路建设任务。\n"


@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (TEXT.encode("gb18030"), "gb18030"),
    (TEXT.encode("gbk"), "gb18030"),
    (TEXT.encode("utf-16"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
])
def test_each_encoding_decodes_to_the_same_text(data, encoding):
    text, found = decode(data)
    assert text == TEXT
    assert found == encoding


def test_crlf_is_kept_so_offsets_match_the_file():
    text, _ = decode("一、要加强管理。\r\n二、要抓好落实。\r\n".encode("utf-8"))
    assert "\r\n" in text


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"   \n\t", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(0x80, 0x100)) * 8, "cannot decode"),
])
def test_bad_input_is_one_clear_error(data, message):
    with pytest.raises(SpeechmineError) as err:
        decode(data, "x.txt")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_read_path_and_missing_file(tmp_path):
    path = tmp_path / "s.txt"
    path.write_bytes(TEXT.encode("gbk"))
    assert read(path).text == TEXT
    with pytest.raises(SpeechmineError, match="no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(SpeechmineError, match="folder"):
        read(tmp_path)


def test_paragraphs_run_together_on_one_line_are_split_at_their_indents():
    one_line = ("各位代表：\u3000\u3000受市政府委托，我作工作报告。一、去年工作回顾\u3000\u3000去年全市经济稳中有进。"
                "二、今年工作安排\u3000\u3000（一）扩大有效投资。要加快推进项目建设。\u3000\u3000（二）办好民生实事。"
                "要新建幼儿园4所。\n").encode("utf-8")
    source = read_bytes(one_line, "pasted.txt")
    assert "\n一、去年工作回顾\n" in source.text and "\n二、今年工作安排\n" in source.text
    items = speechmine.extract(source).items
    assert [(it.text, it.path) for it in items] == [
        ("（一）扩大有效投资。", ["二", "（一）"]), ("要加快推进项目建设。", ["二", "（一）"]),
        ("（二）办好民生实事。", ["二", "（二）"]), ("要新建幼儿园4所。", ["二", "（二）"])]
    assert all(source.text[it.start:it.end] == it.text for it in items)
    lines = "一、工作安排\n\u3000\u3000要加快建设。\u3000\u3000要抓好落实。\n要强化保障。\n".encode("utf-8")
    assert read_bytes(lines, "plain.txt").text == lines.decode("utf-8")  # more line breaks than indents: as it is


def test_lines_cut_around_highlighted_words_are_joined_but_fields_and_titles_stand():
    """A web page copied with its highlighted words on lines of their own (`……保持` / `全省第一` / `。`)."""
    text = ("1月5日，县第十八届人民代表大会第三次会议开幕，县长作政府工作报告。县融媒体中心记者摄\n各位代表：\n"
            "一、2023年工作回顾\n过去一年，全县粮食总产量达到62万吨，小麦单产保持\n全省第一\n。蔬菜产业加快发展，"
            "带动农民\n增收\n致富。\n（一）扩大有效投资，推动项目建设提速\n新开工项目86个。\n联系电话：0312-1234567\n"
            "发文单位：县人民政府\n").encode("utf-8")
    lines = read_bytes(text, "page.txt").text.splitlines()
    assert lines[3] == "过去一年，全县粮食总产量达到62万吨，小麦单产保持全省第一。蔬菜产业加快发展，带动农民增收致富。"
    assert lines[1] == "各位代表：" and lines[4] == "（一）扩大有效投资，推动项目建设提速"
    assert lines[-2:] == ["联系电话：0312-1234567", "发文单位：县人民政府"]


def test_a_title_with_a_comma_stands_over_its_paragraph():
    """A title line with a comma and no end mark (`砥砺奋进五年，谱写发展新篇`), set over two lines or
    one, is not a sentence cut in a copy: the paragraph under it stays a paragraph of its own."""
    text = ("各位代表：\n砥砺奋进五年，谱写发展新篇\n同心聚力攻坚，开创崭新局面\n"
            "回首过去五年，全县上下团结一心，顶住了压力，各方面都有了进步，县域实力再上台阶。\n"
            "过去一年，粮食总产量保持\n全省第一\n。\n").encode("utf-8")
    lines = read_bytes(text, "page.txt").text.splitlines()
    assert lines[1] == "砥砺奋进五年，谱写发展新篇同心聚力攻坚，开创崭新局面"  # a title over two lines: one
    assert lines[2].startswith("回首过去五年") and lines[3] == "过去一年，粮食总产量保持全省第一。"
