package dev.dossier.bench;

import dev.dossier.bench.SyntheticArticle.Outlet;
import java.util.List;

/**
 * The word lists the generator draws from. Every outlet, person, country and organisation is
 * invented, so generated text never puts words in a real person's mouth; cities are real only as
 * meeting venues. A few names carry accents so the corpus exercises non-ASCII text.
 */
final class Lexicon {

    private Lexicon() {}

    static final List<Outlet> OUTLETS = List.of(
            new Outlet("The Northern Ledger", "northernledger.example"),
            new Outlet("Daily Meridian", "dailymeridian.example"),
            new Outlet("Harbour Post", "harbourpost.example"),
            new Outlet("Capital Wire", "capitalwire.example"),
            new Outlet("Evening Courier", "eveningcourier.example"),
            new Outlet("Global Dispatch", "globaldispatch.example"),
            new Outlet("The Lantern", "thelantern.example"),
            new Outlet("Riverside Chronicle", "riversidechronicle.example"));

    static final List<String> SECTIONS = List.of("world", "politics", "business", "europe", "africa", "asia", "economy");

    static final List<String> FIRST_NAMES = List.of(
            "Amara", "Henrik", "Leila", "Tomasz", "Inés", "Kwame", "Yuki", "Sofia", "Dmitri", "Priya", "Mateo",
            "Greta", "Omar", "Elena", "Rafael", "Hana", "Nikolai", "Chloé", "Tariq", "Ingrid", "Samuel", "Aylin",
            "Viktor", "Noor", "Łukasz", "Zoë", "Bongani", "Marguerite");

    static final List<String> SURNAMES = List.of(
            "Okafor", "Lindqvist", "Haddad", "Kowalczyk", "Moreau", "Mensah", "Tanaka", "Ribeiro", "Volkov",
            "Raman", "Alvarez", "Brandt", "Farouk", "Petrova", "Castillo", "Sato", "Ivanenko", "Dubois", "Qureshi",
            "Halvorsen", "Adeyemi", "Demir", "Novak", "Rahimi", "Müller", "Ó Briain", "Vance", "Achterberg");

    static final List<String> ROLES = List.of(
            "the foreign minister", "the prime minister", "a senior government adviser", "the defence secretary",
            "the opposition leader", "the central bank governor", "a spokesperson for the ministry",
            "a spokesperson for the alliance", "the trade commissioner", "the mayor", "the union's general secretary",
            "the chief negotiator", "an analyst at the Institute for Regional Studies", "the health minister",
            "the energy minister", "a former ambassador");

    static final List<String> COUNTRIES = List.of(
            "Norvania", "Castora", "Velmaria", "Estrin", "Kaldonia", "Ardenia", "Soltheim", "Marovia", "Tessaly",
            "Quellund");

    static final List<String> CITIES = List.of(
            "Geneva", "Vienna", "Brussels", "Istanbul", "Nairobi", "Oslo", "Warsaw", "Lisbon", "Helsinki", "Doha",
            "Singapore", "Ottawa", "Santiago", "Riga", "Valletta", "Accra", "Montevideo", "Kraków");

    static final List<String> ORGANISATIONS = List.of(
            "the Northern Alliance", "the Coastal Trade Council", "the foreign ministry", "the Regional Security Forum",
            "the Energy Union", "the supreme court", "the central bank", "the parliament's budget committee",
            "the International Water Commission", "the port authority", "the national statistics office",
            "the Federation of Farmers", "the electoral commission", "the Council of Regions");

    /** Subjects of a story, each with its article; headlines drop the article. */
    static final List<String> TOPICS = List.of(
            "the ceasefire proposal", "the trade agreement", "the draft budget", "the water-sharing treaty",
            "the sanctions package", "the pension reform", "the border talks", "the prisoner exchange",
            "the energy price cap", "the port expansion plan", "the grain corridor", "the election timetable",
            "the peace framework", "the fisheries deal", "the security guarantees", "the debt restructuring",
            "the rail link", "the minimum wage increase");

    static final List<String> HEADLINE_VERBS = List.of(
            "rejects", "backs", "signals support for", "warns over", "questions", "defends", "pushes for",
            "casts doubt on", "welcomes", "walks back remarks on", "sets conditions for", "calls for vote on");

    static final List<String> QUOTES = List.of(
            "We will not accept %TOPIC% in its current form",
            "There is still time to reach an agreement, but that time is running out",
            "Our position has not changed and it will not change under pressure",
            "This is a serious proposal and it deserves a serious answer",
            "Nobody wants another winter like the last one",
            "We have made progress, but the hardest questions are still on the table",
            "I have asked %ORG% to present its figures by %WEEKDAY%",
            "The door remains open, as it always has been",
            "These are not negotiations, they are a list of demands",
            "We expect %COUNTRY% to honour the commitments it made in %CITY%",
            "If the numbers do not add up, we will not sign",
            "People are tired of promises and want to see results",
            "I spoke to my counterpart this morning and we agreed to keep talking",
            "Nothing is agreed until everything is agreed");

    static final List<String> FRAGMENTS = List.of(
            "constructive but difficult", "a step in the right direction", "unacceptable", "premature",
            "a missed opportunity", "deeply worrying", "the best deal on offer", "a political stunt",
            "long overdue", "unworkable in practice");

    /** Reporting sentences; the placeholders are filled per article. */
    static final List<String> STATEMENTS = List.of(
            "%ORG_CAP% confirmed %WHEN% that %TOPIC% would be discussed at a meeting in %CITY%.",
            "Officials in %CITY% said negotiations on %TOPIC% had made little progress since %DAY_MONTH%.",
            "The proposal would require %COUNTRY% to cut its tariffs by %PERCENT% per cent over %SMALL% years.",
            "Two people familiar with the matter said %ORG% had circulated a revised draft %WHEN%.",
            "The talks, which began in %MONTH%, have been overshadowed by disagreement over %TOPIC%.",
            "According to figures published by %ORG%, exports rose %PERCENT% per cent in the first quarter.",
            "A final decision on %TOPIC% is not expected before %DAY_MONTH%.",
            "Critics say %TOPIC% leaves too many questions unanswered, including who would monitor compliance.",
            "The previous round of talks, held in %CITY% on %LONG_DATE%, ended without a joint statement.",
            "%ORG_CAP% did not respond to a request for comment.",
            "Markets reacted calmly, and the %COUNTRY% currency was little changed by late afternoon.",
            "Diplomats cautioned that any agreement would still need the approval of %ORG%.",
            "The deadline of %ISO_DATE% set by %ORG% passed without an announcement.",
            "Earlier this year, %COUNTRY% and %COUNTRY2% signed a memorandum on %TOPIC%.",
            "Last week, %SMALL% delegates walked out of the session in protest.",
            "More than %BIG% people have signed a petition opposing %TOPIC% since %MONTH% %YEAR%.",
            "The government in %COUNTRY% has faced mounting pressure at home over %TOPIC%.",
            "Analysts expect the issue to dominate the summit in %CITY% on %WEEKDAY%.",
            "A draft seen by reporters runs to %BIG_PAGES% pages and includes a review clause after %SMALL% years.",
            "Turnout at %WHEN_NOUN% protest in %CITY% was estimated at %BIG% by the organisers.",
            "Police estimated that %BIG% people had joined a march through %CITY% %WHEN%.",
            "%ORG_CAP% said in a statement that it was studying the text and would respond in due course.",
            "Opposition parties have called for a parliamentary vote before any deal is signed.",
            "The issue has split the governing coalition, with two junior partners threatening to walk out.",
            "Negotiators worked through the night on %WEEKDAY% but failed to agree on the wording of the final clause.",
            "The last comparable agreement, signed in %PAST_YEAR%, took almost %SMALL% years to negotiate.",
            "Under the current plan, the first payments would be made on %ISO_DATE%.",
            "Inflation in %COUNTRY% slowed to %PERCENT% per cent in %MONTH%, the lowest level in two years.",
            "Shipping companies have warned that delays at the port could cost them %BIG% euros a day.",
            "A spokesperson for %ORG% declined to comment on what was described as a confidential process.",
            "The summit is scheduled to open in %CITY% on %LONG_DATE% and to last two days.",
            "Local newspapers in %COUNTRY% reported that the proposal had been leaked to the press %WHEN%.",
            "Talks are due to resume on %DAY_MONTH%, according to a schedule circulated to delegations.",
            "The measure would apply to roughly %BIG% households, according to government estimates.",
            "It was the %ORDINAL% round of talks since the dispute broke out.",
            "Farmers blocked roads outside %CITY% for several hours %WHEN% in protest at the plan.",
            "The foreign ministry of %COUNTRY% summoned the ambassador of %COUNTRY2% %WHEN%.",
            "Polls suggest that a narrow majority of voters support %TOPIC%, although the margin has narrowed.");

    /**
     * Opening sentences, after the dateline: %LEAD% is the story's main actor, named in full, and
     * %MAIN_TOPIC% the subject of its headline.
     */
    static final List<String> LEADS = List.of(
            "%LEAD% rejected %MAIN_TOPIC% on %WEEKDAY%, deepening a dispute that has dragged on for months.",
            "%LEAD% said %WHEN% that %MAIN_TOPIC% could be agreed within weeks, despite objections from %ORG%.",
            "%LEAD% has set out conditions for %MAIN_TOPIC%, raising the stakes before the summit in %CITY%.",
            "%LEAD% warned %WHEN% that talks on %MAIN_TOPIC% were close to collapse.",
            "%LEAD% signalled a shift in position on %MAIN_TOPIC%, two days before a deadline set by %ORG%.",
            "%LEAD% defended %MAIN_TOPIC% in a speech to parliament on %DAY_MONTH%, calling critics short-sighted.");

    /** Lines of page furniture that scrapers leave in the body text. */
    static final List<String> FURNITURE = List.of(
            "Sign up to our newsletter for the morning briefing.",
            "Sign up for breaking news alerts sent straight to your phone.",
            "Related Articles",
            "Advertisement",
            "Share this article",
            "Most read",
            "MORE: %HEADLINE%");
}
