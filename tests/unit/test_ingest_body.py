"""Body rules of issue 19's ninth round (furniture, lost sentences, candidates), each tested
on wording of its own, and the perturbation harness (``benchmarks/perturb_body.py``)."""

from __future__ import annotations

from briefer.ingest.clean import clean

_LEAD = (
    "Hà Nội và Wellington nhất trí mở rộng hợp tác đào tạo nghề trong lĩnh vực chế biến sữa "
    "sau cuộc hội đàm chiều 14/3."
)
_MORE = "Hai bên giao cho nhóm công tác họp tại Hà Nội vào đầu năm sau để theo dõi tiến độ."


def test_a_by_row_with_its_day_gives_the_writer_and_the_day() -> None:
    # the name ends where the row's date starts; the day is the posting's
    cleaned = clean(
        f"Dairy links widen\nBy Lan Huong   March 3, 2024 | 09:10 am GMT+7\n{_LEAD}\n{_MORE}"
    )
    assert cleaned.metadata.author == "Lan Huong"
    assert cleaned.metadata.published_on == "2024-03-03"
    assert "09:10" not in cleaned.body


def test_the_perturbation_harness_inserts_fresh_furniture_and_counts_it() -> None:
    from benchmarks.perturb_body import run

    tallies = run(["unseen2"], {"related box at the end", "tag row", "inline read-more"})
    assert set(tallies) == {"related box at the end", "tag row", "inline read-more"}
    for kind, t in tallies.items():
        assert t.files >= 4 and t.inserted >= t.files, kind  # every file got its furniture
        # a related box under a heading of any wording, a tag row and a read-on link go,
        # and take no article sentence with them
        assert (t.left, t.lost, t.from_furniture) == (0, 0, 0), (kind, t.notes)
