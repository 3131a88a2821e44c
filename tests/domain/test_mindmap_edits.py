"""Editing a mind map by path: what the coach does with the keys, as plain functions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from genwerkt_desktop.domain.instruments import Mindmap, MindmapBranch
from genwerkt_desktop.domain.mindmap_edits import (
    add_child,
    add_sibling,
    after_removal,
    descendants,
    move,
    paths,
    remove,
    rename,
    text_at,
    without_blank,
)
from tests.mindmap_demo import back_to_work


def test_a_new_theme_goes_last_around_the_question() -> None:
    start = Mindmap("m", "Wat wil ik?")
    one, first = add_child(start, (), "Werk")
    two, second = add_child(one, (), "Wonen")
    assert (first, second) == ((0,), (1,))
    assert [b.text for b in two.branches] == ["Werk", "Wonen"]
    assert start.branches == ()  # the old map is untouched (undo keeps it)


def test_a_thought_goes_under_its_theme_and_a_sibling_right_after_it() -> None:
    mindmap = back_to_work()
    with_child, path = add_child(mindmap, (1,), "Te weinig slaap")
    assert path == (1, 3)
    assert text_at(with_child, path) == "Te weinig slaap"
    beside, sibling = add_sibling(with_child, (1, 0), "Mijn knie")
    assert sibling == (1, 1)
    assert [b.text for b in beside.branches[1].children] == [
        "Mijn rug na lang staan",
        "Mijn knie",
        "Geen opvang na school",
        "Schrik voor een sollicitatiegesprek",
        "Te weinig slaap",
    ]


def test_beside_the_question_is_a_new_theme() -> None:
    mindmap, path = add_sibling(back_to_work(), (), "Vrije tijd")
    assert path == (5,)
    assert mindmap.branches[5] == MindmapBranch("Vrije tijd")


def test_renaming_the_question_a_theme_and_a_thought_keeps_the_rest() -> None:
    mindmap = back_to_work()
    renamed = rename(mindmap, (), "Ik wil  opnieuw\nwerken")
    assert renamed.centre == "Ik wil opnieuw werken"
    renamed = rename(renamed, (2, 1), "Schulden op een rij met de OCMW")
    assert text_at(renamed, (2, 1)) == "Schulden op een rij met de OCMW"
    assert renamed.branches[2].children[0] == mindmap.branches[2].children[0]
    assert renamed.branches[0] == mindmap.branches[0]


def test_blank_words_never_replace_a_name() -> None:
    mindmap = back_to_work()
    assert rename(mindmap, (0,), "   ") == mindmap
    assert rename(mindmap, (), "") == mindmap


def test_removing_a_theme_takes_its_thoughts_and_the_selection_moves_aside() -> None:
    mindmap = back_to_work()
    assert descendants(mindmap, (1,)) == 3
    assert descendants(mindmap, ()) == 5 + 14
    removed = remove(mindmap, (1,))
    assert [b.text for b in removed.branches] == [
        "Wat ik kan",
        "Geld",
        "Wie kan helpen",
        "Eerste stappen",
    ]
    assert after_removal(removed, (1,)) == (0,)
    only, _path = add_child(Mindmap("m", "Vraag"), (), "Enige")
    assert after_removal(remove(only, (0,)), (0,)) == ()
    assert after_removal(remove(mindmap, (0, 0)), (0, 0)) == (0, 0)


def test_the_question_itself_cannot_be_removed() -> None:
    mindmap = back_to_work()
    assert remove(mindmap, ()) == mindmap


def test_moving_up_and_down_among_siblings_stops_at_the_ends() -> None:
    mindmap = back_to_work()
    up, path = move(mindmap, (3, 2), -1)
    assert path == (3, 1)
    assert [b.text for b in up.branches[3].children][:2] == [
        "Mijn zus voor de kinderen",
        "Buurvrouw werkt in een rusthuis",
    ]
    top, same = move(mindmap, (0,), -1)
    assert (top, same) == (mindmap, (0,))
    bottom, last = move(mindmap, (4,), 1)
    assert (bottom, last) == (mindmap, (4,))


def test_a_path_that_leads_nowhere_changes_nothing() -> None:
    mindmap = back_to_work()
    assert add_child(mindmap, (9,), "x") == (mindmap, (9,))
    assert add_sibling(mindmap, (0, 7), "x") == (mindmap, (0, 7))
    assert rename(mindmap, (0, 7), "x") == mindmap
    assert remove(mindmap, (7,)) == mindmap
    assert move(mindmap, (0, 9), 1) == (mindmap, (0, 9))


@st.composite
def _maps(draw: st.DrawFn) -> Mindmap:
    words = st.text("abcdé ", min_size=1, max_size=8).filter(str.strip)
    leaf = st.builds(MindmapBranch, words)
    branch = st.builds(MindmapBranch, words, st.lists(leaf, max_size=4).map(tuple))
    return Mindmap("m", draw(words), branches=tuple(draw(st.lists(branch, max_size=6))))


@given(_maps(), st.data())
def test_adding_then_removing_gives_the_same_map_back(
    mindmap: Mindmap, data: st.DataObject
) -> None:
    where = data.draw(st.sampled_from(paths(mindmap)))
    added, path = add_child(mindmap, where, "nieuw")
    assert text_at(added, path) == "nieuw"
    assert remove(added, path) == mindmap
    assert len(paths(added)) == len(paths(mindmap)) + 1


@given(_maps(), st.data())
def test_moving_down_then_up_gives_the_same_map_back(mindmap: Mindmap, data: st.DataObject) -> None:
    where = data.draw(st.sampled_from(paths(mindmap)[1:] or [()]))
    down, path = move(mindmap, where, 1)
    back, again = move(down, path, -1)
    if path != where:
        assert (back, again) == (mindmap, where)
    assert len(paths(down)) == len(paths(mindmap))


def test_a_branch_still_without_words_is_not_kept() -> None:
    mindmap, _path = add_child(back_to_work(), (0,), "")
    mindmap, _path = add_child(mindmap, (), "  ")
    assert without_blank(mindmap) == back_to_work()
