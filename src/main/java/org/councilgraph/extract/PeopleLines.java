package org.councilgraph.extract;

import org.councilgraph.document.ListMarkers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A line that lists people, as attendance lists, witness lists and front sheets write them:
 * "Councillors Ann Lee (Chair), Ben Jones and C Patel", "Rachel Dunn – Democratic Services Officer",
 * "• Ian Lee (Finance Group Manager)", "Amelia Hart, Executive Director of Children's Services",
 * "Co-opted Member: Reverend Ian Roe", "Report author: Priya Shah". A line is read only when every item of it
 * is a name, a name with its post, or a post continuing the name before it; a line with anything else in it is
 * running text and left to the sentence rules.
 */
final class PeopleLines {
    private PeopleLines() {}

    /** A name and, if the line joins one to it, its post; offsets within the line. */
    record Entry(int nameStart, int nameEnd, int postStart, int postEnd, char form) {
        Entry(int nameStart, int nameEnd, int postStart, int postEnd) { this(nameStart, nameEnd, postStart, postEnd, 'n'); }
        boolean hasPost() { return postStart >= 0; }
    }

    /** What a line is: its entries, and whether it was only a label heading the lines under it. */
    record Reading(List<Entry> entries, boolean heading, boolean attendanceLabel) {}

    static final Set<String> NOT_NAME = words("not-name-words.txt");
    static final Set<String> PORTFOLIO = words("portfolio-words.txt");
    private static final Set<String> POST_NOUNS = words("post-nouns.txt");

    private static Set<String> words(String file) {
        return Lexicon.words(file).stream().map(w -> w.toLowerCase().replace('’', '\'')).collect(Collectors.toUnmodifiableSet());
    }

    private static final Pattern BULLET = Pattern.compile("^[ \\t]*(?:[" + ListMarkers.BULLETS + "*]|[-–—](?=[ \\t]))?[ \\t]*");
    private static final Pattern LABEL = Pattern.compile("^([A-Z][A-Za-z’' -]{0,40}?)[ \\t]*:[ \\t]*");
    /** Labels of attendance and apologies lists: "Present", "Also in attendance", "Apologies for absence", "Witnesses". */
    static final Pattern ATTENDANCE_LABEL = Pattern.compile(
            "(?i)(?:present|members\\s+present|councillors\\s+present|apologies(?:\\s+for\\s+absence)?|"
            + "(?:also|officers?|councillors?|members?|other\\s+people|others)\\s+(?:in\\s+attendance|present|attending)"
            + "|in\\s+attendance|also\\s+attending|co-?optees?|substitutes?|absent|witnesses|officers|councillors|members|attendees|attendance"
            + "|(?:committee|board|panel|substitute|co-?opted|voting|non-voting)\\s+members?|other\\s+attendees|guests?|observers?)");
    private static final Pattern PERSON_LABEL = Pattern.compile("(?i)" + Lexicon.alternation("person-labels.txt"));
    private static final Pattern COUNCILLORS = Pattern.compile("^(?:Councillors|Cllrs\\.?):?\\s+");
    private static final Pattern COUNCILLOR = Pattern.compile("^(?:Councillor|Cllr\\.?)\\s+");
    /** Courtesy titles and police ranks before a name ("Reverend Ian Roe", "Superintendent A Hart"). */
    private static final Pattern HONORIFIC = Pattern.compile("^(?:Mrs|Mr|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Reverend|Revd|Rev|(?:Detective\\s+)?(?:Chief\\s+)?(?:Superintendent|Inspector|Constable|Sergeant))\\.?\\s+");
    private static final Pattern NAME_WORD = Pattern.compile("[A-Z](?:[\\p{L}’'-]*\\p{L})?\\.?");
    private static final Pattern DASH = Pattern.compile("\\s+[–—-]\\s+|[ ]*\\t[\\t ]*");
    private static final Pattern HONOURS = Pattern.compile("(?:\\s+(?:OBE|MBE|CBE|JP|QC|KC|DL))+$");
    private static final Pattern IN_THE_CHAIR = Pattern.compile("(?i)^in\\s+the\\s+(chair)$");
    private static final Pattern POST_WORD = Pattern.compile("[A-Z][\\p{L}’'-]*|[A-Z]{2,}|of|for|and|the|in|to|on|at|with|after|around|young|people|people['’]s|[&/,–—-]");

    /**
     * Reads {@code line}. {@code listed}: the line stands under an attendance heading, so a bare name is read.
     * Returns null when the line is not a list of people.
     */
    static Reading read(String line, boolean listed) {
        if (line.length() > 600 || line.isBlank()) return null;
        Matcher bm = BULLET.matcher(line);
        int pos = bm.find() ? bm.end() : 0;
        String labelPost = null;
        int labelStart = -1, labelEnd = -1;
        boolean attendance = false, personLabel = false;
        Matcher lm = LABEL.matcher(line).region(pos, line.length());
        if (lm.lookingAt()) {
            String label = lm.group(1).strip();
            // a label may be a post and head an attendance list at once ("Co-opted Member: …")
            personLabel = PERSON_LABEL.matcher(label).matches();
            if (!personLabel && isPost(label)) { labelPost = label; labelStart = lm.start(1); labelEnd = lm.start(1) + label.length(); }
            if (ATTENDANCE_LABEL.matcher(label).matches()) attendance = true;
            else if (!personLabel && labelPost == null) return null;
            pos = lm.end();
            if (line.substring(pos).isBlank()) return new Reading(List.of(), attendance, attendance);
        } else if (ATTENDANCE_LABEL.matcher(line.strip()).matches()) {
            return new Reading(List.of(), true, true);
        }
        List<Entry> entries = new ArrayList<>();
        boolean councillors = false;
        Entry last = null; // the entry the previous item belonged to
        boolean lastWasPost = false;
        List<int[]> items = items(line, pos);
        for (int i = 0; i < items.size(); i++) {
            int[] item = items.get(i);
            int s = item[0], e = item[1];
            String t = line.substring(s, e);
            Matcher cs = COUNCILLORS.matcher(t);
            boolean titled = councillors;
            if (cs.lookingAt()) { councillors = true; titled = true; s += cs.end(); }
            else {
                Matcher c1 = COUNCILLOR.matcher(t);
                if (c1.lookingAt()) { titled = true; s += c1.end(); }
            }
            Matcher hm = HONORIFIC.matcher(line.substring(s, e));
            if (hm.lookingAt()) { titled = true; s += hm.end(); }
            String rest = line.substring(item[0], e);
            List<Entry> named = nameItem(line, s, e, titled);
            // "…, Director, Lansdowne House": a place after a post continues it unless a post follows it
            boolean nextIsPost = i + 1 < items.size() && isPost(line.substring(items.get(i + 1)[0], items.get(i + 1)[1]));
            if (lastWasPost && isContinuation(rest) && (named == null || !nextIsPost)) {
                last = withPost(entries, last, last.postStart(), e);
                continue;
            }
            if (named != null) {
                entries.addAll(named);
                last = named.get(named.size() - 1);
                lastWasPost = false;
                if (last.form() == 'd') {
                    // "Name – Post, Its Unit": the post runs to the end of the line, or to a semicolon
                    // that parts it from the next entry ("A – Head of X; B – Manager of Y")
                    int j = i + 1;
                    while (j < items.size() && !line.substring(items.get(j - 1)[1], items.get(j)[0]).contains(";")) {
                        if (!isContinuation(line.substring(items.get(j)[0], items.get(j)[1]))) return null;
                        j++;
                    }
                    last = withPost(entries, last, last.postStart(), items.get(j - 1)[1]);
                    if (j == items.size()) break;
                    i = j - 1;
                    lastWasPost = false;
                    continue;
                }
                continue;
            }
            if (last != null && !last.hasPost() && isPost(rest)) {
                last = withPost(entries, last, item[0], e);
                lastWasPost = true;
            } else if (attendance) {
                // "Also present: …, two members of the Youth Council": a list under its label keeps its names
                last = null;
                lastWasPost = false;
            } else {
                return null;
            }
        }
        if (entries.isEmpty()) return null;
        if (labelPost != null && entries.size() == 1 && !entries.get(0).hasPost()) {
            Entry only = entries.get(0);
            entries.set(0, new Entry(only.nameStart(), only.nameEnd(), labelStart, labelEnd));
        } else if (labelPost != null && !attendance) {
            return null;
        }
        boolean anyPost = entries.stream().anyMatch(Entry::hasPost);
        if (!(listed || attendance || personLabel || labelPost != null || councillors || anyPost)) return null;
        return new Reading(entries, false, attendance);
    }

    private static Entry withPost(List<Entry> entries, Entry e, int start, int end) {
        Entry n = new Entry(e.nameStart(), e.nameEnd(), start, end, e.form());
        entries.set(entries.lastIndexOf(e), n);
        return n;
    }

    /** Items of a list: split at commas and semicolons outside brackets; a final full stop dropped. */
    private static List<int[]> items(String line, int from) {
        List<int[]> out = new ArrayList<>();
        int depth = 0, start = from;
        for (int i = from; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ',';
            if (c == '(') depth++;
            else if (c == ')') depth = Math.max(0, depth - 1);
            else if ((c == ',' || c == ';') && depth == 0) {
                int s = start, e = i;
                while (s < e && Character.isWhitespace(line.charAt(s))) s++;
                while (e > s && (Character.isWhitespace(line.charAt(e - 1)) || (i == line.length() && line.charAt(e - 1) == '.'))) e--;
                if (e > s) out.add(new int[]{s, e});
                start = i + 1;
            }
        }
        return out;
    }

    private static final Pattern NAME_JOINER = Pattern.compile("\\s+(?:and|&)\\s+");

    /**
     * An item that is a name: "Ann Lee", "A Hughes", "Ann Lee (Chair)", "Ann Lee (Head of Service)",
     * "Ann Lee – Operations Manager", or two names joined by "and". Null if it is not.
     */
    private static List<Entry> nameItem(String line, int s, int e, boolean titled) {
        String t = line.substring(s, e);
        // "Ben Jones and Chandra Patel", "Croft and Goodwin" in a councillors list
        Matcher and = NAME_JOINER.matcher(t);
        if (and.find() && t.lastIndexOf('(', and.start()) < 0) {
            int firstEnd = nameEnd(line, s, s + and.start(), titled);
            int second = s + and.end();
            Matcher c1 = COUNCILLOR.matcher(line.substring(second, e));
            boolean titled2 = titled;
            if (c1.lookingAt()) { second += c1.end(); titled2 = true; }
            List<Entry> rest = firstEnd < 0 ? null : nameItem(line, second, e, titled2);
            if (rest != null) {
                List<Entry> both = new ArrayList<>();
                both.add(new Entry(s, firstEnd, -1, -1));
                both.addAll(rest);
                return both;
            }
        }
        // a bracketed post at the end
        if (t.endsWith(")")) {
            int open = t.lastIndexOf('(');
            if (open > 0) {
                int nameEnd = nameEnd(line, s, s + open, titled);
                if (nameEnd < 0) return null;
                int ps = s + open + 1, pe = e - 1;
                while (ps < pe && Character.isWhitespace(line.charAt(ps))) ps++;
                while (pe > ps && Character.isWhitespace(line.charAt(pe - 1))) pe--;
                String inner = line.substring(ps, pe);
                Matcher chair = IN_THE_CHAIR.matcher(inner);
                if (chair.matches()) return List.of(new Entry(s, nameEnd, ps + chair.start(1), ps + chair.end(1)));
                if (isPost(inner)) return List.of(new Entry(s, nameEnd, ps, pe));
                return List.of(new Entry(s, nameEnd, -1, -1)); // a body in brackets ("(Wiltshire Police)")
            }
        }
        // "Name – Post", or name and post in cells of a table row ("Ann Lee<tab>Director of …")
        Matcher dash = DASH.matcher(t);
        if (dash.find()) {
            int nameEnd = nameEnd(line, s, s + dash.start(), titled);
            String post = t.substring(dash.end());
            if (nameEnd >= 0 && isPost(post)) return List.of(new Entry(s, nameEnd, s + dash.end(), e, 'd'));
            return null;
        }
        int nameEnd = nameEnd(line, s, e, titled);
        if (nameEnd >= 0) return List.of(new Entry(s, nameEnd, -1, -1));
        return null;
    }

    /**
     * The end of the name that fills {@code line[s,e)}, or -1 when that text is not a name: one to four
     * capitalised words or initials ("D R Osei", "Anna Lloyd-Pearce"), none of them a word of posts or
     * bodies; a lone surname only after a councillor's title.
     */
    static int nameEnd(String line, int s, int e, boolean titled) {
        while (e > s && Character.isWhitespace(line.charAt(e - 1))) e--;
        Matcher honours = HONOURS.matcher(line.substring(s, e));
        if (honours.find()) e = s + honours.start(); // "Ann Lee MBE": the honour is not the name
        String t = line.substring(s, e);
        String[] ws = Texts.WHITESPACE.split(t);
        if (ws.length == 0 || ws.length > 4 || t.isEmpty()) return -1;
        int full = 0;
        for (String w : ws) {
            if (!NAME_WORD.matcher(w).matches()) return -1;
            String k = Texts.replacingAll(w.toLowerCase().replace('’', '\''), "\\.$", "");
            if (k.length() == 1) continue; // an initial
            // a lone surname after a title may be a portfolio word ("Councillor Young"); a longer name may not
            if (NOT_NAME.contains(k) || ws.length > 1 && PORTFOLIO.contains(k) || POST_NOUNS.contains(k) || !titled && isAllUpper(w) && w.length() > 3) return -1;
            full++;
        }
        String lastWord = Texts.replacingAll(ws[ws.length - 1], "\\.$", "");
        if (full == 0 || lastWord.length() == 1) return -1;
        if (ws.length < 2 && !titled) return -1;
        return e;
    }

    private static boolean isAllUpper(String w) {
        return w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * A post as a list writes it: opens with a capital, holds a post's head word ("Manager", "Director",
     * "Member", "Chair") and is otherwise capitalised words, abbreviations and the small words of titles.
     */
    static boolean isPost(String s) {
        String t = s.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0)) || t.length() > 140) return false;
        boolean head = false;
        int depth = 0; // a head word in brackets ("Lee and Dace (Chair)") does not make the whole a post
        for (String w : t.split("\\s+|(?<=,)|(?=,)|(?=\\()|(?<=\\()|(?=\\))|(?<=\\))")) {
            if (w.isEmpty()) continue;
            if (w.equals("(")) { depth++; continue; }
            if (w.equals(")")) { depth--; continue; }
            if (!POST_WORD.matcher(w).matches()) return false;
            String k = w.toLowerCase().replace('’', '\'');
            if (depth > 0) continue;
            if (POST_NOUNS.contains(k) || k.startsWith("co-opted")) head = true;
            else if (k.contains("-") && POST_NOUNS.contains(k.substring(k.lastIndexOf('-') + 1))) head = true;
        }
        return head;
    }

    /** The part of a post after a comma: "…, Children’s Disability Care", "…, Residential Services". */
    private static boolean isContinuation(String s) {
        String t = s.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.charAt(0))) return false;
        for (String w : Texts.WHITESPACE.split(t)) if (!POST_WORD.matcher(w).matches()) return false;
        return true;
    }
}
