"""The phrase lists behind the line rules load, and each section is in use."""

from quotegraph.clean._rules import phrases


def test_phrase_lists_load_lower_cased() -> None:
    lists = phrases()
    assert {"share", "advert", "list_heading", "photo_credit"} <= set(lists)
    for name, items in lists.items():
        assert items, name
        assert all(item == item.lower() and item.strip() == item for item in items), name
