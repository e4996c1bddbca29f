package org.councilgraph.extract;

import org.councilgraph.document.DocumentException;
import org.councilgraph.document.SourceDocument;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;
import org.councilgraph.refdata.NameMatch;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which council a document is about: the sidecar's GSS code first (an unknown code is an
 * error), then its council name, then the text, where only the council's own name as an organisation
 * ("Shropshire Council", "STOCKTON-ON-TEES BOROUGH COUNCIL") counts and only when one council is named
 * so. A bare place name ("a model operating in Doncaster") never makes a document Doncaster's.
 */
public final class CouncilResolver {
    private final CouncilRegistry registry;

    public CouncilResolver(CouncilRegistry registry) { this.registry = registry; }

    public Optional<Council> resolve(SourceDocument doc) throws DocumentException {
        var sidecar = doc.sidecar();
        if (sidecar.council() != null) {
            Council c = registry.byGss(sidecar.council().toUpperCase(Locale.ROOT)).orElseThrow(() -> new DocumentException(
                    doc.path(), "unknown council code '" + sidecar.council() + "' in the sidecar (expected the GSS code of an English council with children's services, e.g. E06000004)"));
            return Optional.of(c);
        }
        if (sidecar.councilName() != null) {
            Optional<Council> byName = registry.byName(sidecar.councilName());
            if (byName.isPresent()) return byName;
        }
        return fromText(doc.text());
    }

    Optional<Council> fromText(String text) {
        Set<Council> named = new LinkedHashSet<>();
        for (NameMatch m : registry.findIn(text)) {
            if (namesTheOrganisation(text, m)) named.add(m.council());
        }
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /** The match is, or is followed by, a word naming the council as a body ("… Council", "… Borough Council"). */
    private static boolean namesTheOrganisation(String text, NameMatch m) {
        String matched = m.text().toLowerCase(Locale.ROOT);
        if (matched.endsWith("council") || matched.startsWith("london borough of") || matched.startsWith("royal borough of")) return true;
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30)).toLowerCase(Locale.ROOT);
        return Texts.fullMatch(after, "^\\s+(?:metropolitan\\s+)?(?:borough\\s+|county\\s+|city\\s+|district\\s+)?council\\b[\\s\\S]*");
    }
}
