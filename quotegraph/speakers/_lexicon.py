"""Word classes that decide how a speaker mention is read."""

from __future__ import annotations

__all__ = [
    "PERSONAL", "RELATIVE", "FIRST_PERSON", "VAGUE", "UNNAMED_HEADS", "DOCUMENT_HEADS", "CAMPAIGN_HEADS",
    "ORG_ROLE_HEADS", "NEWS_ROLE_HEADS", "FEMALE_NOUNS", "MALE_NOUNS", "SYNONYMS", "NEWS_WORDS", "NAMING_HEADS",
    "PERSON_ROLE_HEADS", "GENERIC_PEOPLE", "QUANTITY_HEADS", "DEMONSTRATIVES", "AD_HEADS", "MUNICIPAL_HEADS",
    "US_STATES", "ASKER_HEADS", "MONTHS", "lexicon_form",
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
remarks comments comment interview op-ed column editorial article story account message platform manifesto budget
headline check fact-check piece chart graph graphic map estimate forecast projection model index tally count
missive tracker readout dispatch communique memorandum review audit probe assessment findings finding
calculation tabulation reporting coverage statistic statistics stats
average pages page
results result exit
datum remark polling opinion address
declaration brief motion deposition footnote summary disclosure profile inquiry investigation referral
rule rules regulation regulations guideline guidelines
""".split())
CAMPAIGN_HEADS = frozenset({"campaign", "camp", "team", "campaigns"})
#: Role nouns that refer to an organisation of the article.
ORG_ROLE_HEADS = frozenset("""
company firm group organization organisation agency bureau department ministry committee party union
court board institute foundation bank administration government office council commission
university school association network channel broadcaster station newspaper paper daily publication
outlet magazine site website service authority regulator body league club team army police
fund panel lab laboratory center centre clinic hospital airline museum charity nonprofit watchdog pac
think-tank coalition alliance caucus council court tribunal pollster fact-checker factchecker checker
automaker carmaker drugmaker chipmaker manufacturer retailer insurer lender carrier supplier distributor
utility conglomerate startup church congregation diocese archdiocese parish mosque synagogue
""".split())
NEWS_ROLE_HEADS = frozenset("newspaper paper daily publication outlet magazine network channel broadcaster "
                            "station site website tabloid fact-checker factchecker checker".split())
NEWS_WORDS = frozenset("post times journal news tribune herald guardian telegraph gazette globe star mail "
                       "independent economist magazine press reuters cnn bbc nbc cbs abc msnbc fox npr "
                       "politico axios bloomberg breitbart huffpost wire daily today chronicle review".split())
FEMALE_NOUNS = frozenset("spokeswoman congresswoman businesswoman chairwoman woman mother wife daughter "
                         "actress queen princess sister grandmother girl lady widow".split())
MALE_NOUNS = frozenset("spokesman congressman businessman chairman man father husband son actor king "
                       "prince brother grandfather boy widower".split())
#: Words that mean the same in role phrases.
SYNONYMS = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
            "gop": "republican", "dem": "democratic", "democrat": "democratic", "u.s.": "us",
            "american": "us", "britain": "uk", "british": "uk"}
#: Unnamed mentions that a following "Spokeswoman Jane Doe" / "the aide, John Roe," can name.
NAMING_HEADS = frozenset("spokesperson spokesman spokeswoman aide adviser advisor official representative "
                         "lawyer attorney".split())
#: Role nouns for one person that the person in focus can fill ("the candidate", "the billionaire").
PERSON_ROLE_HEADS = frozenset("""
candidate nominee senator governor president congressman congresswoman representative mayor judge
justice billionaire businessman businesswoman mogul developer frontrunner front-runner contender rival
challenger incumbent chairman chairwoman chair secretary minister premier chancellor leader ambassador
director executive ceo founder host anchor star lawmaker prosecutor general commander coach owner
republican democrat independent libertarian socialist populist politician statesman hopeful
ex-president ex-governor ex-senator speaker veep vp monarch king queen pope prince princess
governor-elect president-elect mogul tycoon magnate reality-tv
""".split())
#: Roles of the one asking the questions: never the person questioned, who is the one in focus.
ASKER_HEADS = frozenset("moderator interviewer questioner".split())
#: Nouns for people in general: never the person in focus.
GENERIC_PEOPLE = frozenset("man woman person people population crowd audience public group voter child kid "
                           "boy girl guy resident citizen member majority minority elite establishment media "
                           "press left right base electorate community industry market movement faction wing bloc "
                           "lobby".split())
#: Heads of poll figures and shares: "47 percent", "six in 10", "nearly half".
QUANTITY_HEADS = frozenset("percent % half third quarter majority minority plurality share number percentage "
                           "proportion fraction most many dozen dozens hundreds thousands millions handful "
                           "two-thirds three-quarters in".split())
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
#: A campaign's ads and their voices: the source is the campaign.
AD_HEADS = frozenset("ad ads advertisement advertisements commercial spot narrator announcer voiceover "
                     "mailer flyer".split())
#: "the city" speaking is its government, named as such: "City of Phoenix", "Town of Dover".
MUNICIPAL_HEADS = {"city": "City", "town": "Town", "village": "Village"}
#: Places that are not a city, town or village, whatever "the town" comes after (hyphens stand for spaces).
US_STATES = frozenset(w.replace("-", " ") for w in """
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois
indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada new-hampshire new-jersey new-mexico new-york north-carolina north-dakota ohio oklahoma
oregon pennsylvania rhode-island south-carolina south-dakota tennessee texas utah vermont virginia
west-virginia wisconsin wyoming
""".split())

#: Months, some of which are first names too ("June", "April", "May").
MONTHS = frozenset("january february march april may june july august september october november december".split())


def lexicon_form(word: str) -> str | None:
    """The form the lexicons list a common noun for people, bodies or documents under, if they list it:
    "aides" → "aide", "majorities" → "majority", "officials" → "official"; None for any other word."""
    low = word.lower()
    forms = [low]
    if low.endswith("ies"):
        forms.append(low[:-3] + "y")  # "majorities"
    if low.endswith("s"):
        forms.append(low[:-1])  # "aides" before "aid"
    if low.endswith("es"):
        forms.append(low[:-2])  # "witnesses"
    lexicons = (UNNAMED_HEADS, GENERIC_PEOPLE, PERSON_ROLE_HEADS, ORG_ROLE_HEADS, DOCUMENT_HEADS)
    return next((f for f in forms for heads in lexicons if f in heads), None)
