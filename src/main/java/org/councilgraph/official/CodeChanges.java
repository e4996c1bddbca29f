package org.councilgraph.official;

import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.util.List;
import java.util.Optional;

/**
 * Follows a council's GSS code to today's when the council only changed its code (same authority, same DfE code:
 * Barnsley's E08000016 became E08000038 in 2025), so that official files that still use the older code describe the
 * council as it is today. A reorganisation (a county split in two) is not a code change and is left as it is.
 */
final class CodeChanges {
    private CodeChanges() {}

    static String current(CouncilRegistry registry, String gss) {
        Optional<Council> c = registry.byGss(gss);
        for (int hops = 0; c.isPresent() && !c.get().isCurrent() && hops < 5; hops++) {
            List<String> next = c.get().replacedByCodes();
            if (next.size() != 1) break;
            Optional<Council> successor = registry.byGss(next.get(0));
            if (successor.isEmpty() || successor.get().dfeCode() == null || !successor.get().dfeCode().equals(c.get().dfeCode())) break;
            c = successor;
        }
        return c.map(Council::gss).orElse(gss);
    }
}
