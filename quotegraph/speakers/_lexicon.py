"""Word classes that decide how a speaker mention is read."""

from __future__ import annotations

__all__ = [
    "PERSONAL", "RELATIVE", "FIRST_PERSON", "VAGUE", "UNNAMED_HEADS", "DOCUMENT_HEADS", "CAMPAIGN_HEADS",
    "ORG_ROLE_HEADS", "NEWS_ROLE_HEADS", "FEMALE_NOUNS", "MALE_NOUNS", "SYNONYMS", "NEWS_WORDS", "NAMING_HEADS",
]

#: Personal pronouns and the gender (m/f) or number (p) they carry; "n" is "it".
PERSONAL = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
    "they": "p", "them": "p", "their": "p", "themselves": "p",
    "it": "n", "its": "n", "itself": "n",
}
RELATIVE = frozenset({"who", "whom", "whose", "which", "that"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
#: Pronoun-like words that name nobody in particular.
VAGUE = frozenset("some many others other both one another those these this few several most all each "
                  "everyone everybody someone somebody anyone nobody none you".split())
#: Heads of mentions that stay unnamed unless the article names the person next.
UNNAMED_HEADS = frozenset("""
official source spokesperson spokesman spokeswoman aide adviser advisor critic analyst expert observer
voter resident people person insider strategist operative staffer economist researcher scientist
lawmaker legislator member supporter opponent protester activist diplomat investigator witness
insider representative lawyer attorney donor delegate worker employee citizen american critic skeptic
sceptic commentator pundit pollster respondent participant customer user fan viewer reader
friend ally associate colleague family relative neighbour neighbor student teacher doctor officer
agent immigrant parent victim
""".split())
#: Documents, ads and data: their source is whoever issued them.
DOCUMENT_HEADS = frozenset("""
poll survey report statement ad advertisement commercial memo letter filing notes note document
documents record records study analysis tweet post email e-mail website site release press
return returns book data figure figures number numbers transcript video footage release plan
proposal bill law code order ruling complaint lawsuit suit indictment affidavit testimony speech
remarks interview op-ed column editorial article story account message platform manifesto budget
""".split())
CAMPAIGN_HEADS = frozenset({"campaign", "camp", "team", "campaigns"})
#: Role nouns that refer to an organisation of the article.
ORG_ROLE_HEADS = frozenset("""
company firm group organization organisation agency bureau department ministry committee party union
court board institute foundation bank administration government office council commission
university school association network channel broadcaster station newspaper paper daily publication
outlet magazine site website service authority regulator body league club team army police
""".split())
NEWS_ROLE_HEADS = frozenset("newspaper paper daily publication outlet magazine network channel broadcaster "
                            "station site website tabloid".split())
NEWS_WORDS = frozenset("post times journal news tribune herald guardian telegraph gazette globe star mail "
                       "independent economist magazine press reuters cnn bbc nbc cbs abc msnbc fox npr "
                       "politico axios bloomberg breitbart huffpost wire daily today chronicle review".split())
FEMALE_NOUNS = frozenset("spokeswoman congresswoman businesswoman chairwoman woman mother wife daughter "
                         "actress queen princess sister grandmother girl lady widow".split())
MALE_NOUNS = frozenset("spokesman congressman businessman chairman man father husband son actor king "
                       "prince brother grandfather boy widower".split())
#: Words that mean the same in role phrases.
SYNONYMS = {"gop": "republican", "dem": "democratic", "democrat": "democratic", "u.s.": "us",
            "american": "us", "britain": "uk", "british": "uk"}
#: Unnamed mentions that a following "Spokeswoman Jane Doe" / "the aide, John Roe," can name.
NAMING_HEADS = frozenset("spokesperson spokesman spokeswoman aide adviser advisor official representative "
                         "lawyer attorney".split())
