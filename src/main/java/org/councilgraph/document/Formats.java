package org.councilgraph.document;

/** Small helpers shared by the readers. */
final class Formats {
    private Formats() {}

    static String oneLine(Throwable e) {
        String m = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        m = m.replaceAll("\\s*\\R\\s*", " ");
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }
}
