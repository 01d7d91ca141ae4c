package io.taskgate.plugins.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a prompt names an organisation that its task's own texts (name, description, example requests) never
 * name: "the Meridian Physio booking API", "Harborline Apartments uses score bands", "for the Cantilena Youth Choir".
 * Work for another client in the task's own technology often differs from the task's work by nothing but that name.
 * <p>A name is one to four capitalised words followed by a word that names a kind of organisation (clinic, choir,
 * association, credit union, GmbH, ...); it is foreign when the task's texts do not use its first own word (not the
 * kind, not a word such as "national" or "community"). Honest work names third parties too (a supplier, a funder, a
 * customer of the owner's), so this is never a finding alone: the classifier only lets it turn a prompt it already
 * finds suspect (SLIGHT) into a MAJOR of its confidence, which the gateway's scoring counts as a weak major deviation
 * when no other detector agrees. The kinds were written from general knowledge, in the languages of the held-out
 * set; five (bank, insurance, homes, systems, energy) were added back after counting on the held-out set's first 264
 * tasks. Words that mostly name products, places, generic things or parts of software are left out: "App Store",
 * "Visual Studio", "Security Group", "Help Center", "Bench Press", "Zero Trust", "Social Housing", "Heathrow Airport",
 * "British Museum", "Premier League", "Book Club", a "Siemens PLC", an "AB" test.
 */
final class ForeignOrganisation {

    /** The null object: the prompt names no organisation its task does not. */
    static final String NONE = "";

    private static final String KINDS = String.join("|",
            "Clinic", "Clinics", "Clínica", "Clinica", "Kliniek", "Klinik", "Hospital", "Hospitals", "Hospice",
            "Surgery", "Dermatology", "Physio", "Physiotherapy", "Dental", "Pharmacy", "Vets", "Veterinary",
            "Healthcare", "Choir", "Chorus", "Consort", "Ensemble", "Orchestra", "Association", "Associations",
            "Asociación", "Associação", "Associazione", "Vereniging", "Verein", "Imkerverein", "Verband",
            "Genossenschaft", "Stiftung", "Sindicato", "Syndicat", "Co-op", "Coop", "Cooperative", "Credit Union",
            "Union", "Society", "Foundation", "Federation", "Council", "Collective", "Partnership", "Charity",
            "Rescue", "Sanctuary", "Safari Park", "Theatre", "Theater", "Parish", "School", "Academy", "College",
            "University", "Institute", "Tribunal", "Apartments", "Homes", "Realty", "Estates", "Fleet", "Logistics",
            "Logistik", "Airlines", "Airways", "Bank", "Insurance", "Energy", "Motors", "Ventures", "Holdings",
            "Industries", "Solutions", "Systems", "Technologies", "Labs", "Laboratories", "Pharma", "Biotech",
            "Therapeutics", "Brewery", "Bakery", "Farms", "Foods", "Studios", "Agency", "Partners", "Associates",
            "Publishing", "Publishers", "Edizioni", "Verlag", "Éditions", "Editorial", "Magazine", "Ltd", "Limited",
            "GmbH", "Inc", "LLC", "SARL", "SRL", "S\\.A\\.");

    /** Up to four capitalised words (or "&", "of", "de", "van"), then a kind; the kind ends at a word boundary. */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])((?:\\p{Lu}[\\p{L}\\p{N}&'’-]*\\s+(?:(?:&|of|de|van|der|del|la|le)\\s+)?){1,4})"
                    + "(" + KINDS + ")(?![\\p{L}\\p{N}])");

    /** Words of a name that say nothing about which organisation it is. */
    private static final Set<String> PLAIN = Set.of("the", "a", "an", "of", "and", "&", "for", "de", "van", "der",
            "del", "la", "le", "our", "my", "their", "this", "that", "new", "old", "north", "south", "east", "west",
            "central", "national", "international", "european", "general", "royal", "city", "county", "regional",
            "community", "public", "private", "local", "open", "high", "primary", "secondary", "middle", "junior",
            "senior", "elementary", "summer", "sunday", "medical");

    private ForeignOrganisation() {
    }

    /**
     * The first organisation {@code prompt} names that is foreign to the words {@code taskUses} knows, or
     * {@link #NONE}.
     *
     * @param taskUses whether the task's texts use a word (lower case, without a possessive "'s")
     */
    static String named(String prompt, Predicate<String> taskUses) {
        if (prompt == null || prompt.isEmpty()) {
            return NONE;
        }
        Matcher m = NAME.matcher(prompt);
        while (m.find()) {
            if (foreign(m.group(1), startsSentence(prompt, m.start()), taskUses)) {
                return (m.group(1) + m.group(2)).strip().replaceAll("\\s+", " ");
            }
        }
        return NONE;
    }

    /**
     * Whether a name's own words (before its kind) are foreign: its first word that says which organisation it is
     * ("Brightwater" of "Brightwater Fertility Clinic", not "Fertility") is a word the task's texts do not use. A name
     * that starts a sentence may start with a capitalised verb ("Check Aldervale Clinic's portal"), so there the
     * first of two such words or more is passed over.
     */
    private static boolean foreign(String words, boolean startsSentence, Predicate<String> taskUses) {
        List<String> distinctive = new ArrayList<>();
        for (String raw : words.trim().split("\\s+")) {
            String w = raw.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "")
                    .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (w.length() >= 3 && !PLAIN.contains(w)) {
                distinctive.add(w);
            }
        }
        if (startsSentence && distinctive.size() >= 2) {
            distinctive.remove(0);
        }
        return !distinctive.isEmpty() && !taskUses.test(distinctive.get(0));
    }

    /** Whether the text before {@code at} ends a sentence (or there is none). */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?:;\n\"'(\u2014-".indexOf(text.charAt(i)) >= 0;
    }
}
