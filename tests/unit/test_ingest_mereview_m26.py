"""Review of r103, finding 3: a view whose sides commit, or that names the two countries
as one as its subject, is kept a statement (keywords.ACCORD and SIDES, not a partial copy);
a wish, one side, two persons or the sides as an object stay a view's words."""

from __future__ import annotations

from briefer.ingest.mereview import mere_view


def test_a_commitment_or_the_sides_as_subject_is_no_mere_view() -> None:
    assert not mere_view("Bộ trưởng nhấn mạnh cam kết mở rộng hợp tác giáo dục với Jamaica")
    assert not mere_view("The two countries affirmed they would widen cooperation in rice")
    assert not mere_view("Hai nước khẳng định sẽ mở đường bay thẳng")
    assert not mere_view("Tại hội đàm, hai nước khẳng định sẽ phối hợp chặt chẽ tại Liên Hợp Quốc")


def test_a_wish_one_side_or_the_sides_as_object_stay_a_view() -> None:
    # near misses (the keys count none of these)
    assert mere_view("Bà đánh giá cao tiềm năng hợp tác giữa các địa phương")
    assert mere_view(
        "Ông khẳng định Jamaica coi Việt Nam là bạn tin cậy và mong muốn Việt Nam đầu tư nhiều hơn"
    )
    assert mere_view("Phía Jamaica, Bộ Du lịch khẳng định sẽ tiếp tục quảng bá điểm đến")
    assert mere_view("The two ministers reaffirmed their support for regional connectivity")
    assert mere_view("Ông bày tỏ tin tưởng vào tương lai tươi sáng của nhân dân hai nước")
    assert mere_view("Đại sứ cho rằng hai nước còn nhiều tiềm năng hợp tác về giáo dục")
