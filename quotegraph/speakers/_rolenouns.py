"""Role nouns to entities: the article's own ties first, then the seed table, then the person in focus."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ._bindings import Binding, role_words
from ._context import Context
from ._country import country_names, is_outlet
from ._table import Cluster, Mention
from ._lexicon import (ASKER_HEADS, CAMPAIGN_HEADS, FEMALE_NOUNS, MALE_NOUNS, NAMING_HEADS, NEWS_ROLE_HEADS, NEWS_WORDS,
                       ORG_ROLE_HEADS, PERSON_ROLE_HEADS, US_STATES)
from ._roles import (CONTENDER_ROLES, Office, contenders_on, described, holder_of, office_key, parse_office,
                     past_holders)

__all__ = ["resolve_role", "bound_role", "campaign_of", "not_running", "body_of", "role_gender", "introduced_unnamed",
           "headline_speaker"]


_RANKS = frozenset("vice deputy assistant associate former ex acting shadow lieutenant junior running".split())
_GENERIC_MODS = frozenset("former new top senior chief deputy acting interim current longtime longtime "
                          "us state federal national presidential".split())


_PARTIES = frozenset("republican democratic libertarian green independent labour conservative tory liberal "
                     "reform socialist".split())


def _conflict(mods: set[str], words: set[str]) -> bool:
    """Whether two role phrases name different parties or countries ("Democratic" / "Republican")."""
    kinds = (_PARTIES, frozenset(country_names()))
    return any((mods & k) and (words & k) and not (mods & words & k) for k in kinds)


def role_gender(words: tuple[str, ...]) -> str | None:
    for w in words:
        if w in FEMALE_NOUNS:
            return "f"
        if w in MALE_NOUNS:
            return "m"
    return None


def _head(words: tuple[str, ...]) -> str:
    if "of" in words and words.index("of"):
        return words[words.index("of") - 1]
    return words[-1] if words else ""


def _modifiers(words: tuple[str, ...], head: str) -> set[str]:
    """The words of a role phrase that say which holder of its head noun it means ("republican")."""
    return set(words) - {head, "former", "then", "of"}


def _from_bindings(ctx: Context, char: int, words: tuple[str, ...]) -> Cluster | None:
    """The entity the article tied this role phrase to.

    An exact phrase wins, then the same head noun with no modifier the tie
    lacks ("the nominee" for "Republican nominee Donald Trump"), then the same
    head noun alone when only one entity was ever given it ("the freshman
    Florida senator" for "Sen. Marco Rubio").
    """
    head = _head(words)
    mods = _modifiers(words, head)
    exact = partial = None
    by_head: dict[int, Cluster] = {}
    # "the convention committee" is a body: a person's ties ("Democratic nominee Hillary Clinton") do not count
    bindings = [b for b in ctx.bindings if b.cluster.kind == "ORG"] if head in ORG_ROLE_HEADS else ctx.bindings
    sent = ctx.table.sent_of(char)
    reach = len(ctx.table.text) if sent == 0 else ctx.sents[sent].end_char
    for b in bindings:
        if b.start > reach:
            break  # a tie made later does not reach back, but for a headline's
        if b.words == words:
            exact = b
        elif b.head == head and not (_RANKS & set(b.words)) - set(words) and not _conflict(mods, set(b.words)):
            # "the nominee" is not the "vice presidential nominee", nor the "former" one,
            # and "the Republican nominee" is not the "Democratic nominee".
            by_head[id(b.cluster)] = b.cluster
            if mods <= set(b.words):
                partial = b
    best = _latest_of_group(ctx, char, bindings, exact or partial)
    tied = best.cluster if best is not None else (next(iter(by_head.values())) if len(by_head) == 1 else None)
    if tied is not None and tied.kind == "PERSON" and parse_office(" ".join(words)) is None:
        last = max(b.start for b in bindings if b.cluster is tied and b.head == head and b.start <= reach)
        if sent - ctx.table.sent_of(last) > _FAR_TIE:
            # "actor Michael B. Jordan" long before, "the actor" for the one the sentence before is about
            subject = _named_subject(ctx, sent - 1) or _only_named(ctx, sent, char)
            # a tie the text has left behind (its holder unnamed for a while) gives way to a subject of the
            # other gender when the role fits them: "the star" after Selena Ruiz, for Rafael Ortiz
            if subject is not None and subject is not tied:
                lo = ctx.sents[max(0, sent - _FAR_TIE)].start_char
                stale = not any(m.cluster is tied for m in ctx.table.within(lo, char, ("PERSON",)))
                want = role_gender(words)
                if subject.gender in (None, tied.gender) or (stale and (want is None or subject.gender == want)):
                    return subject
    if best is not None:
        return best.cluster
    if len(by_head) == 1:
        only = next(iter(by_head.values()))
        given = {w for b in ctx.bindings if b.cluster is only and b.head == head for w in b.words}
        if mods - given - _GENERIC_MODS:
            # "the Wisconsin Republican" after "Republican Donald Trump": a modifier that tie never had
            # makes it weak; the person the text is about wins.
            focus = ctx.focus(char)
            return focus if focus is not None else only
        return only
    # A modifier only one entity was ever given: "the Republican nominee" for "Republican Donald Trump".
    if head not in PERSON_ROLE_HEADS:
        return None  # "Mr. Adams's tone", "her campaign's leadership": no title, so no one to share it with
    sharing = {id(b.cluster): b.cluster for b in bindings
               if b.start <= char and _telling(mods & set(b.words))}
    return next(iter(sharing.values())) if len(sharing) == 1 and not by_head else None


#: Words a role phrase and a tie may share without describing the same person.
_LINKING = frozenset("to of for in on at and the with from".split())


def _telling(shared: set[str]) -> bool:
    """Whether modifiers a role phrase shares with a tie describe the person: "billionaire" does ("the billionaire
    businessman" after "billionaire Donald Trump"); a state does not, being where many come from and often
    modifying another word of the tie ("the Ohio senator" is not "Ohio primary winner Nora Bell"), nor
    does a linking word ("ambassador to France", "friend to us")."""
    return bool(shared - _GENERIC_MODS - _LINKING - _STATE_WORDS)


_STATE_WORDS = frozenset(w for state in US_STATES for w in state.split())  # "new york" as "new" and "york"


def _latest_of_group(ctx: Context, char: int, bindings: list[Binding], best: Binding | None) -> Binding | None:
    """Of the people one plural title tied together ("co-hosts Jane Roe and John Poe"), the one the text
    named last before ``char``: "the co-host" after "… Poe said" is Poe."""
    if best is None:
        return None
    group = {id(b.cluster): b for b in bindings if b.start == best.start and b.words == best.words}
    if len(group) < 2:
        return best
    latest = next((m for m in ctx.table.before(char) if id(m.cluster) in group), None)
    return group[id(latest.cluster)] if latest is not None and latest.cluster is not None else best


_FAR_TIE = 3  # sentences after which a tie gives way to the person the text has moved on to


def _named_subject(ctx: Context, sent: int) -> Cluster | None:
    """The person a sentence's main subject names outright (no pronoun, no role), if any."""
    subj = ctx.main_subject(sent) if sent >= 0 else None
    m = ctx.named(subj) if subj is not None else None
    return m.cluster if m is not None and m.cluster is not None and m.cluster.kind == "PERSON" else None


def _only_named(ctx: Context, sent: int, char: int) -> Cluster | None:
    """The one person named outright, outside quotations, from two sentences before sentence ``sent`` up to
    ``char``, if only one is."""
    if sent < 1:
        return None
    start = ctx.sents[max(0, sent - 2)].start_char
    named = {id(m.cluster): m.cluster for m in ctx.table.within(start, char, ("PERSON",))
             if m.how in ("name", "partial") and m.cluster is not None and not m.byline and not ctx.in_quote(m.start)}
    return next(iter(named.values())) if len(named) == 1 else None


def bound_role(ctx: Context, char: int, words: tuple[str, ...]) -> Cluster | None:
    """The entity the article itself tied this role phrase to, if any."""
    return _from_bindings(ctx, char, words) if words else None


def body_of(ctx: Context, person: Cluster, noun: str) -> Cluster:
    """The ORG entity "<Surname> <noun>" ("Trump campaign", "Obama administration"), made if the article has none."""
    words = person.name.split() or [""]
    surname = words[-2] if person.kind == "PERSON" and person.suffix and len(words) > 1 else words[-1]
    name = f"{surname} {noun}"
    return ctx.table.org(name)


def _named_before(ctx: Context, char: int) -> dict[int, Cluster]:
    """The people the article names before ``char``, by ``id``."""
    return {id(m.cluster): m.cluster for m in ctx.table.before(char, ("PERSON",)) if m.cluster is not None}


#: Words that tie someone to a race of their own: "candidate Jane Roe", "Senate hopeful Roe".
_RUNNING_WORDS = frozenset("candidate nominee hopeful challenger contender incumbent frontrunner front-runner "
                           "runner-up".split())
_RUNNING_MATES = ("republican_vp_nominee", "democratic_vp_nominee")


def not_running(ctx: Context, char: int) -> frozenset[int]:
    """The people named before ``char`` whose campaign "the campaign" is not, in a dated article where
    someone named runs in a race: everyone the article ties to no race of their own ("Tom Marsh, the
    campaign manager, said …. The campaign said"). Running means a tie to a race ("Senate candidate Jane
    Roe"), a place among the seed table's candidates of the day or their running mates, or a campaign the
    text names after the surname ("the Murphy campaign"). A candidate the article names none of these ways
    is passed over too; on PolNeAR train that cost nothing, where the seed table covers the races."""
    if not ctx.published:
        return frozenset()
    named = _named_before(ctx, char)
    running = {id(b.cluster) for b in ctx.bindings if b.start <= char and _RUNNING_WORDS & set(b.words)}
    where = ctx.country or ""
    names = contenders_on("presidential_candidate", where, ctx.published) + [
        n for n in (holder_of(r, where, ctx.published) for r in _RUNNING_MATES) if n]
    running |= {id(c) for c in (ctx.table.find_person(n) for n in names) if c is not None}
    text = ctx.table.text
    for key, c in named.items():
        surname = c.name.split()[-1] if c.name else ""
        if surname and re.search(rf"\b{re.escape(surname)}(?:['’]s)? (?:[\w-]+ )?campaign\b", text):
            running.add(key)
    if not running & named.keys():
        return frozenset()
    return frozenset(k for k in named if k not in running)


def campaign_of(ctx: Context, person: Cluster) -> Cluster:
    """The ORG entity "<Surname> campaign" for a person, made if the article has none."""
    return body_of(ctx, person, "campaign")


def campaign_named_by(ctx: Context, noun: Token) -> Cluster | None:
    """The campaign of the person named before a singular campaign noun ("Marsh’s campaign", "the Ryder
    team"), else ``None``."""
    if noun.lemma_.lower() not in CAMPAIGN_HEADS or noun.tag_ != "NN":
        return None
    for c in noun.children:
        m = ctx.table.at(c.idx, c.idx + len(c), ("PERSON",)) if c.dep_ in ("poss", "compound") and c.i < noun.i \
            else None
        if m is not None and m.cluster is not None:
            return campaign_of(ctx, m.cluster)
    return None


_NAME_WORD = r"[A-Z][\w'’.&-]*"


def _named_in_text(ctx: Context, char: int, head: str) -> Cluster | None:
    """ "the foundation" after "the Clinton foundation", "the magazine" after "Family Circle magazine":
    the latest capitalised words before the same noun in the 3,000 characters before, a name the NER
    did not take for one."""
    lo = max(0, char - 3000)
    pattern = re.compile(rf"((?:{_NAME_WORD} ){{1,3}})[{head[0]}{head[0].upper()}]{re.escape(head[1:])}\b")
    found = None
    for m in pattern.finditer(ctx.table.text, lo, char):
        if ctx.table.within(m.start(1), m.end(1), ("GPE", "NORP")):
            continue  # "a Baton Rouge newspaper": a place, not the paper's name
        words = m.group(1).split()
        while words and words[0].lower() in ("the", "a", "an", "this", "that", "his", "her", "its", "their"):
            words = words[1:]
        if words and _in_headline(ctx.table.text, m.start(1)):
            words = _named_elsewhere(ctx.table.text, words)
        if words and not any(w.lower() in ("the", "and", "of") for w in words[-1:]):
            found = words
    if not found:
        return None
    name = " ".join(found) if head in NEWS_ROLE_HEADS else " ".join(found + [head.capitalize()])
    return ctx.table.org(name)


def _in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a run of capitalised words with a capitalised small word in it, as headlines
    are written ("Senator Faults Rival Network's Poll On Taxes"): there every word has a capital,
    name or not."""
    start = pos
    while start > 0 and re.match(r"[A-Z0-9]", text[text.rfind(" ", 0, start - 1) + 1:start]):
        start = text.rfind(" ", 0, start - 1) + 1
    run = re.match(r"(?:[A-Z0-9][^\s]* )*[A-Z0-9][^\s]*", text[start:])
    words = run.group(0).split() if run else []
    return len(words) >= 5 and any(w in _SMALL_WORDS for w in words[1:])


_SMALL_WORDS = frozenset("Of On To In For By With At From Into Over After About As".split())


def _headline_words(text: str, start: int, end: int) -> bool:
    """Whether the NER's name at ``start:end`` is a headline's words rather than a name: "Faults Rival
    Network" in "Senator Faults Rival Network's Poll On Taxes"."""
    words = text[start:end].split()[:-1]
    return bool(words) and _in_headline(text, start) and _named_elsewhere(text, words) != words


def _named_elsewhere(text: str, words: list[str]) -> list[str]:
    """The last of a headline's capitalised ``words`` that the text also writes with a capital inside a
    sentence outside any headline, as it writes names: "Faults Rival" keeps nothing, "Obama" stays."""
    kept: list[str] = []
    for w in reversed(words):
        inside = re.finditer(rf"(?<=[^\s.!?:\"“”] ){re.escape(w)}(?![\w'’])", text)
        if not any(not _in_headline(text, m.start()) for m in inside):
            break
        kept.insert(0, w)
    return kept


def _org_role(ctx: Context, char: int, head: str) -> Cluster | None:
    sent = ctx.table.sent_of(char)
    if head == "team":
        # "The Norwegian Olympic team refuses … The team cited …": the team just quoted
        team = next((s.cluster for s in reversed(ctx.history[-3:]) if s.cluster is not None
                     and s.cluster.name.lower().endswith(" team") and s.sent >= sent - 2), None)
        if team is not None:
            return team
    if head in CAMPAIGN_HEADS:
        # A campaign named in the last few sentences, else that of the person in focus, else any named one.
        latest = next((m for m in ctx.table.before(char, ("ORG",))
                       if m.cluster is not None and "campaign" in m.cluster.name.lower()), None)
        if latest is not None and latest.sent >= sent - 3:
            return latest.cluster
        person = ctx.focus(char, avoid=not_running(ctx, char))
        if person is not None:
            return campaign_of(ctx, person)
        return latest.cluster if latest is not None else None
    # "the foundation": the organisation whose name has that word, however far back it was named
    named = next((m.cluster for m in ctx.table.before(char, ("ORG",))
                  if m.cluster is not None and head in m.cluster.name.lower().split()
                  and m.cluster.name.lower() != head and not _headline_words(ctx.table.text, m.start, m.end)),
                 None)
    if named is not None:
        return named
    written = _named_in_text(ctx, char, head)
    if written is not None:
        return written
    best: tuple[float, Cluster] | None = None
    best_body: tuple[float, Cluster] | None = None  # the best government body, for "the agency"
    best_cast: tuple[float, Cluster] | None = None  # the best broadcaster, for "the network"
    speakers = {id(s.cluster): s.sent for s in ctx.history[-5:] if s.cluster is not None}
    for m in ctx.table.before(char, ("ORG",)):
        c = m.cluster
        if c is None:
            continue
        dist = sent - m.sent
        if dist > 8:
            break
        words = set(c.name.lower().split())
        if c.name.lower() == head:  # the NER took the role noun itself for a name ("Bank")
            continue
        # "Chicago Sun-Times": a paper, though "sun-times" is no news word
        news = bool((words | set(re.split(r"[\s/-]+", c.name.lower()))) & NEWS_WORDS) or is_outlet(c.name)
        if head in NEWS_ROLE_HEADS and not news:
            continue
        if news and head not in _OUTLET_HEADS:
            continue  # "The party says …" after "(Reuters) —": the paper reports, it is no party
        if not _of_kind(head, c.name):
            continue  # "the airline said" after "Canal 9 TV reported": a channel is no airline
        score = -0.4 * dist + (2.0 if head in words else 0.0) + (1.0 if m.subject else 0.0)
        if id(c) in speakers:
            score += 1.5
        if best is None or score > best[0]:
            best = (score, c)
        if _government_body(words) and (best_body is None or score > best_body[0]):
            best_body = (score, c)
        if _broadcaster(c.name) and (best_cast is None or score > best_cast[0]):
            best_cast = (score, c)
    if head in _GOVERNMENT_HEADS and best_body is not None:
        # "the State Department turned down requests … The agency declined": a public body, not the fact
        # checker or paper that reported it
        return best_body[1]
    if head in _BROADCAST_HEADS and best_cast is not None:
        # "NBC objected to the ruling … The network said": a broadcaster, not the site that reports it
        return best_cast[1]
    if best is None and head in _PRINT_HEADS:
        return _title_in_text(ctx, char)
    return best[1] if best else None


#: Role nouns that say what kind of body they stand for, with the words a name of that kind has: "the
#: association" is a body whose name says so (or union, society, federation), "the airline" a carrier,
#: "the commission" a commission and not the board named beside it. A body of another kind is no antecedent.
_MEMBER_BODY = frozenset("association associations union unions society federation guild brotherhood "
                         "afl-cio teamsters seiu".split())
_KIND_WORDS: dict[str, frozenset[str]] = {
    "association": _MEMBER_BODY, "union": _MEMBER_BODY,
    "airline": frozenset("air airline airlines airways lufthansa emirates qantas ryanair easyjet jetblue".split()),
    "commission": frozenset("commission fec fcc ftc sec eeoc".split()),
}
#: A carrier's name written in one word with "Air": "EgyptAir", "AirAsia".
_AIR_NAME = re.compile(r"[a-z]Air\b|\bAir[A-Z]")


def _of_kind(head: str, name: str) -> bool:
    """Whether an organisation's name fits the kind of body a role noun says: "the airline" fits "EgyptAir"
    and "Delta Air Lines", not "Canal 9 TV"; a role noun of no set kind ("the group") fits any name."""
    kind = _KIND_WORDS.get(head)
    if kind is None:
        return True
    words = set(re.split(r"[\s/]+", name.lower()))
    return bool(words & kind) or (head == "airline" and bool(_AIR_NAME.search(name)))


#: Role nouns that stand for a public body when the text named one.
_GOVERNMENT_HEADS = frozenset({"agency"})
#: Words of a public body's name: "State Department", "Internal Revenue Service", "FBI".
_GOVERNMENT_WORDS = frozenset("department agency administration bureau service services commission ministry "
                              "fbi cia nsa epa fda irs dhs doj fema gsa atf dea".split())


def _government_body(words: set[str]) -> bool:
    """Whether an organisation's name (lower-case words) is that of a public body: "state department"."""
    return bool(words & _GOVERNMENT_WORDS)


#: Role nouns for a broadcaster, and the words of a broadcaster's name: "Fox News", "CNN", "Univision".
_BROADCAST_HEADS = frozenset("network channel broadcaster station".split())
_BROADCAST_WORDS = frozenset("cnn nbc abc cbs fox msnbc bbc pbs npr cnbc univision telemundo c-span espn hbo tnt "
                             "network channel tv television broadcasting radio".split())


def _broadcaster(name: str) -> bool:
    """Whether an organisation's name is a broadcaster's: "Fox News", "NBC", "Canal 9 TV"; not "HuffPost"."""
    return bool(set(name.lower().split()) & _BROADCAST_WORDS) or name.endswith("TV")


#: Role nouns a news outlet goes by: those for a publication, and those for any business or its board.
_OUTLET_HEADS = NEWS_ROLE_HEADS | frozenset("board company firm service agency bureau organization organisation "
                                            "conglomerate".split())
#: Role nouns for a publication, whose name is often a bare title ("The Advocate", "The Hill").
_PRINT_HEADS = frozenset("newspaper paper daily publication magazine tabloid weekly".split())
#: "The" with a capital inside a sentence (after a lower-case word, a comma or a colon) starts a title.
_TITLE = re.compile(r"(?<=[a-z,:] )The((?: [A-Z][\w'’&.-]*){1,3})")


def _title_in_text(ctx: Context, char: int) -> Cluster | None:
    """ "the newspaper" after "the editors of The Advocate": the latest title in the 3,000 characters
    before, written with a capital "The" inside a sentence, that the NER did not take for anything."""
    lo = max(0, char - 3000)
    found: Cluster | str | None = None
    for m in _TITLE.finditer(ctx.table.text, lo, char):
        taken = ctx.table.within(m.start(), m.end())
        if any(t.kind != "ORG" for t in taken):
            continue  # "The Hague": a place
        # "The Lantern" the NER took for an organisation without its "The"
        found = taken[0].cluster if taken else "The" + m.group(1).rstrip(".")
    return ctx.table.org(found) if isinstance(found, str) else found


def resolve_role(ctx: Context, char: int, words: tuple[str, ...], *, org_only: bool = False) -> Cluster | None:
    """The entity a role phrase at ``char`` refers to, or ``None`` when the article leaves it open."""
    if not words:
        return None
    bound = _from_bindings(ctx, char, words)
    # "President Bush" read as Jeb Bush, then "the former president said": a tie to someone the seed table
    # says never held the office gives way to the one named who did
    never_held = _not_past_holders(ctx, char, words)
    if bound is not None and id(bound) not in never_held:
        return bound
    head = _head(words)
    if head in ORG_ROLE_HEADS or head in CAMPAIGN_HEADS:
        return _org_role(ctx, char, head)
    if org_only:
        return None
    if head in ASKER_HEADS:
        # "the moderator said": only the one the article names in that role ("moderator Jane Roe") above; the
        # person in focus is the one being asked
        return None
    holder = None
    office = parse_office(" ".join(words))
    holders = _contenders(ctx, office) if office is not None else []
    # an office several people shared is not one person for the whole article
    key = _office_key(office) if office is not None and not holders else None
    if key is not None and key in ctx.offices:
        return ctx.offices[key]
    if office is not None and ctx.published and (office.country or ctx.country):
        if office.role != "leader" or office.country:
            holder = holder_of(" ".join(words), ctx.country or "", ctx.published)
    found: Cluster | None
    if holder is not None:
        # An office the article never ties to anyone: whoever held it then.
        found = ctx.table.find_person(holder) or ctx.table.new_cluster("PERSON", holder)
    elif not never_held and introduced_unnamed(ctx, char, _head(words)):
        return None  # "a nurse who had treated patients … The nurse later sued": someone the article never names
    elif _place_possessor(ctx, char) and not _described_fits(ctx, char, words)[1]:
        # "Nevada's delegation chairman announced …": someone the article ties to no name, unless the seed
        # profiles say who it is among those named ("Ohio's governor" after John Kasich)
        return None
    else:
        # The person in focus, unless the article gave them a role of another party or country, or the
        # seed table lists others, and not them, as holding it ("the Republican presidential candidate"
        # of a 2015 article: one of those still running).
        avoid = set(id(b.cluster) for b in ctx.bindings if b.start <= char and _conflict(set(words), set(b.words)))
        if holders:
            avoid |= {id(c) for c in ctx.table.clusters if c.kind == "PERSON" and all(c is not h for h in holders)}
        avoid |= _described_otherwise(ctx, char, words)
        avoid |= never_held
        if office is not None or _head(words) in _POLITICAL_HEADS:
            # "“…?” Borger asked. “…,” the senator said": CNN's Gloria Borger holds no office
            avoid |= _outlets_people(ctx, char)
        found = ctx.focus(char, gender=role_gender(words), avoid=frozenset(avoid))
        if office is None and (found is None or _titled_otherwise(ctx, found, char, words)):
            # "The judge rubbed his chin" after "Defense lawyer Ben Ruffino", some sentences before "Judge
            # Halloran": the one the article titles so, not the lawyer in focus
            found = _bound_later(ctx, char, words) or found
        if found is None and holders:
            found = max(holders, key=lambda c: len(c.mentions))
    if key is not None and found is not None:
        ctx.offices[key] = found
    return found


#: Role nouns for an office or a race that no outlet's journalist holds.
_POLITICAL_HEADS = frozenset("""senator governor president congressman congresswoman representative mayor
candidate nominee lawmaker legislator minister premier chancellor ambassador frontrunner front-runner contender
incumbent challenger""".split())
_OUTLET_BEFORE = re.compile(r"((?:[A-Z][\w.&-]*\s){0,3}[A-Z][\w.&-]*)['’]s\s+$")


def _outlets_people(ctx: Context, char: int) -> set[int]:
    """The people the text before ``char`` introduces as an outlet's ("CNN's Gloria Borger")."""
    text = ctx.table.text

    def outlets(m: Mention) -> bool:
        before = _OUTLET_BEFORE.search(text, max(0, m.start - 40), m.start)
        return before is not None and is_outlet(before.group(1))

    # (a cluster's mentions are not in text order: those resolved later are added at the end)
    return {id(c) for c in ctx.table.clusters
            if c.kind == "PERSON" and any(m.start < char and outlets(m) for m in c.mentions)}


def _titled_otherwise(ctx: Context, c: Cluster, char: int, words: tuple[str, ...]) -> bool:
    """Whether the article gave ``c`` only other titles before ``char`` ("Defense lawyer Ben Ruffino")."""
    head = _head(words)
    # (a rival or an ally is what someone is to another, not a title: "her chief rival Bernie Sanders")
    heads = {b.head for b in ctx.bindings if b.cluster is c and b.start <= char} - _RELATIONAL_HEADS
    return bool(heads) and head not in heads


_RELATIONAL_HEADS = frozenset("rival opponent challenger contender ally friend foe critic".split())


def _bound_later(ctx: Context, char: int, words: tuple[str, ...]) -> Cluster | None:
    """The one person the article ties this role's head noun to only after ``char``, when no one had it
    before: a narrative's "the judge" that goes on to say "Judge Halloran"."""
    head = _head(words)
    if head not in PERSON_ROLE_HEADS:
        return None
    mods = _modifiers(words, head)
    tied: dict[int, Cluster] = {}
    for b in ctx.bindings:
        if b.head != head:
            continue
        if b.start <= char or b.cluster.kind != "PERSON" or (_RANKS & set(b.words)) - set(words) \
                or mods - _GENERIC_MODS - set(b.words):
            return None  # "the Vermont senator" is not "Sen. Jane Roe (D-Mo.)" named later
        tied[id(b.cluster)] = b.cluster
    return next(iter(tied.values())) if len(tied) == 1 else None


def _described_otherwise(ctx: Context, char: int, words: tuple[str, ...]) -> set[int]:
    """The people a descriptive role phrase cannot mean, by the seed profiles: "the Vermont senator" is not
    Hillary Clinton when the article named Bernie Sanders before it. When nobody named fits, nobody is ruled
    out (the phrase may describe someone the profiles do not know)."""
    named, fitting = _described_fits(ctx, char, words)
    return named - fitting if fitting else set()


def _described_fits(ctx: Context, char: int, words: tuple[str, ...]) -> tuple[set[int], set[int]]:
    """The people named before ``char``, and those of them the seed profiles say the role phrase fits."""
    seen = described(words, ctx.published)
    if seen is None:
        return set(), set()
    named = set(_named_before(ctx, char))
    fitting = {id(c) for c in (ctx.table.find_person(n) for n in seen.fits) if c is not None and id(c) in named}
    return named, fitting


_POSSESSOR = re.compile(r"(?:[Tt]he )?((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s")


def _place_possessor(ctx: Context, char: int) -> bool:
    """Whether the role phrase at ``char`` opens with a place's possessive ("Nevada's delegation chairman",
    "Peru's envoy to Chile")."""
    m = _POSSESSOR.match(ctx.table.text, char)
    return m is not None and any(t.kind == "GPE" for t in ctx.table.within(m.start(1), m.end(1)))


def _not_past_holders(ctx: Context, char: int, words: tuple[str, ...]) -> set[int]:
    """The people "the former president" cannot mean: those named before it who, by the seed table, never
    held the office, when someone named did ("Jeb Bush came with George W. Bush, his elder brother. … the
    former president told the crowd"). When nobody named held it, nobody is ruled out."""
    if not ctx.published:
        return set()
    names = past_holders(" ".join(words), ctx.country or "", ctx.published)
    if not names:
        return set()
    named = set(_named_before(ctx, char))
    held = {id(c) for c in (ctx.table.find_person(n) for n in names) if c is not None and id(c) in named}
    return named - held if held else set()


def _contenders(ctx: Context, office: Office) -> list[Cluster]:
    """The people the article names who held ``office`` with others on its date (a party's candidates)."""
    if not ctx.published:
        return []
    found = office_key(office, ctx.country or "")
    if found is None or found[0] not in CONTENDER_ROLES:
        return []
    people = (ctx.table.find_person(name) for name in contenders_on(found[0], found[1], ctx.published))
    return [c for c in people if c is not None]


_SAME_OFFICE = {"pm": "head_of_government", "prime minister": "head_of_government",
                "premier": "head_of_government"}


_INTRODUCED_REACH = 8  # sentences back (a spokesman's quotation runs over several)


def introduced_unnamed(ctx: Context, char: int, head: str) -> bool:
    """Whether the text brought in "a <head>" or "<someone>'s <head>" in the few sentences before, with no
    name beside it ("the premier's spokesman said … The spokesman refused …": not the premier)."""
    sent = ctx.table.sent_of(char)
    lo = ctx.sents[max(0, sent - _INTRODUCED_REACH)].start_char
    # someone's spokesman or aide speaks for them and is not them ("London's mayor" is a role, though)
    lead = r"\b[Aa]n?|\w['’]s" if head in NAMING_HEADS else r"\b[Aa]n?"
    for m in re.finditer(rf"(?:{lead}) (?:[\w-]+ ){{0,3}}{re.escape(head)}\b", ctx.table.text[lo:char]):
        after = ctx.table.text[lo + m.end():lo + m.end() + 40]
        if not re.match(r",? (?:[A-Z][\w'’.-]+ ){1,2}", after):  # "a spokesman, John Roe," names them
            return True
    return False


def _office_key(office: Office) -> str | None:
    """One key for the phrases that name the same office in one article ("the PM", "the prime minister")."""
    role = office.role.lstrip("?")
    if role == "leader" and not office.country:
        return None  # "the leader" of what: left to the context each time
    return f"{_SAME_OFFICE.get(role, role)}@{office.country or ''}"


def words_of(text: str) -> tuple[str, ...]:
    return role_words(text.split())


_HEADLINE_BLOCK = 300  # characters: a title and a standfirst above the story's first blank line
_HEADLINE_SHARE = 0.7  # of the named speakers below, what the one a headline's role noun means must hold


def in_headline_block(text: str, char: int) -> bool:
    """Whether ``char`` lies in the title lines above a story: its first line, or everything before the first
    blank line when that is short ("Rivals: …;\nThe vote is close, analyst says.\n\nOn Monday …")."""
    return 0 <= char < _headline_end(text)


def _headline_end(text: str) -> int:
    """Where the title lines above a story end (see `in_headline_block`); -1 when the text is one line."""
    blank = text.find("\n\n")
    return blank if 0 <= blank <= _HEADLINE_BLOCK else text.find("\n")


def headline_speaker(ctx: Context, char: int, words: tuple[str, ...]) -> Cluster | None:
    """The person a headline's bare role noun stands for ("Union chief says the strike can win", "Diplomat praises
    …"): the one the story below quotes by name, when nearly all its named speakers are that one person and
    nothing the article says of them rules the role out (gender, another party or country, the profiles)."""
    text = ctx.table.text
    end_of_titles = _headline_end(text)
    if not 0 <= char < end_of_titles or _head(words) in ORG_ROLE_HEADS:
        return None  # (a headline's "Paper says …" is a paper, not the person it writes about)
    gender = role_gender(words)
    avoid = {id(b.cluster) for b in ctx.bindings if _conflict(set(words), set(b.words))}
    avoid |= _described_otherwise(ctx, len(text), words)
    counts: dict[int, tuple[int, Cluster]] = {}
    total = 0
    for start, end in ctx.speaker_spans:
        if 0 <= start < end_of_titles:
            continue
        named = {id(m.cluster): m.cluster for m in ctx.table.within(start, end, ("PERSON",))
                 if m.cluster is not None and m.how in ("name", "partial")}
        for key, c in named.items():
            if (gender is None or c.gender in (None, gender)) and key not in avoid:
                total += 1
                counts[key] = (counts.get(key, (0, c))[0] + 1, c)
    if not counts:
        return None
    n, best = max(counts.values(), key=lambda nc: nc[0])
    return best if n >= 2 and n >= _HEADLINE_SHARE * total else None
