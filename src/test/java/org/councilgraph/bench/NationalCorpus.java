package org.councilgraph.bench;

import org.councilgraph.convert.DocumentConverter;
import org.councilgraph.document.Fixtures;
import org.councilgraph.document.Sidecar;
import org.councilgraph.rdf.Iris;
import org.councilgraph.refdata.Council;
import org.councilgraph.refdata.CouncilRegistry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Bench tool: a national-scale corpus of generated committee papers, for every council with
 * children's services in England (the council registry) over ten years, a quarter each as plain
 * text, PDF, DOCX and ModernGov HTML, most with a sidecar. Size 1 makes one paper per council and
 * year, size N makes N. The wordings are written for this generator in the shapes the extraction
 * rules read (minutes with people, items, questions and resolutions; inspection outcomes with
 * judgements and areas to improve; performance reports with figures; improvement plans with
 * priorities), varied by a random generator seeded by council, year and paper, so a size always
 * makes the same bytes.
 *
 * <p>Usage: {@code NationalCorpus SIZE OUT_DIR [--triples]}; prints papers, MB of text and, with
 * {@code --triples}, the triples the text versions of a one-in-SIZE sample convert to, scaled up.
 */
public final class NationalCorpus {
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    private static final String[] FORMATS = {"txt", "pdf", "docx", "html"};

    public static void main(String[] args) throws Exception {
        if (args.length < 2) throw new IllegalArgumentException("usage: NationalCorpus SIZE OUT_DIR [--triples]");
        int size = Integer.parseInt(args[0].replace("x", ""));
        Path out = Path.of(args[1]);
        boolean triples = args.length > 2 && args[2].equals("--triples");
        CouncilRegistry registry = CouncilRegistry.standard();
        List<Job> jobs = new ArrayList<>();
        for (int year = FIRST_YEAR; year < FIRST_YEAR + YEARS; year++) {
            LocalDate midYear = LocalDate.of(year, 7, 1);
            for (Council c : registry.councils()) {
                if (c.isCurrentOn(midYear)) for (int i = 0; i < size; i++) jobs.add(new Job(c, year, i));
            }
        }
        AtomicLong textBytes = new AtomicLong();
        AtomicLong fileBytes = new AtomicLong();
        IntStream.range(0, jobs.size()).parallel().forEach(n -> {
            try {
                long[] sizes = jobs.get(n).write(out, FORMATS[n % FORMATS.length]);
                textBytes.addAndGet(sizes[0]);
                fileBytes.addAndGet(sizes[1]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        System.out.printf(Locale.ROOT, "size %dx: %d papers from %d councils over %d years, %.2f MB of text, %.1f MB of files%n",
                size, jobs.size(), registry.councils().stream().filter(c -> c.isCurrentOn(LocalDate.of(FIRST_YEAR + YEARS - 1, 7, 1))).count(),
                YEARS, textBytes.get() / 1e6, fileBytes.get() / 1e6);
        if (triples) System.out.printf(Locale.ROOT, "size %dx: about %d triples (sample of %d papers' text, converted, times %d)%n",
                size, sampleTriples(jobs, size) * size, jobs.size() / size, size);
    }

    /** Triples of the text version of the first paper of every council and year. */
    private static long sampleTriples(List<Job> jobs, int size) throws Exception {
        DocumentConverter converter = new DocumentConverter(new Iris(Iris.DEFAULT_BASE));
        long n = 0;
        for (int i = 0; i < jobs.size(); i += size) {
            Job j = jobs.get(i);
            Paper p = j.paper();
            byte[] bytes = p.text.getBytes(StandardCharsets.UTF_8);
            n += converter.convert(Path.of(j.stem() + ".txt"), bytes, p.sidecar == null ? Sidecar.EMPTY : p.sidecar).graph().size();
        }
        return n;
    }

    record Paper(String text, String title, Sidecar sidecar, String sidecarJson) {}

    record Job(Council council, int year, int index) {
        String stem() {
            return String.format(Locale.ROOT, "%s-%d-%03d", slug(council.shortName()), year, index);
        }

        Random random() {
            return new Random(council.gss().hashCode() * 31L * 31L + year * 31L + index);
        }

        Paper paper() {
            return new PaperWriter(council, year, random()).write(index);
        }

        /** Writes the paper in the given format and its sidecar; answers {text bytes, file bytes}. */
        long[] write(Path root, String format) throws Exception {
            Paper p = paper();
            Path dir = Files.createDirectories(root.resolve(slug(council.shortName())).resolve(Integer.toString(year)));
            Path file = dir.resolve(stem() + "." + format);
            byte[] bytes = switch (format) {
                case "txt" -> p.text.getBytes(StandardCharsets.UTF_8);
                case "pdf" -> Fixtures.pdf(p.text);
                case "docx" -> Fixtures.docx(p.text);
                default -> Fixtures.moderngov(p.title, p.text).getBytes(StandardCharsets.UTF_8);
            };
            Files.write(file, bytes);
            long files = bytes.length;
            if (p.sidecarJson != null) {
                byte[] meta = p.sidecarJson.getBytes(StandardCharsets.UTF_8);
                Files.write(dir.resolve(stem() + ".meta.json"), meta);
                files += meta.length;
            }
            return new long[] {p.text.getBytes(StandardCharsets.UTF_8).length, files};
        }
    }

    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** Writes one paper of a council and year; which kind and wording is up to the random generator. */
    static final class PaperWriter {
        private static final String[] FIRST = {"Amira", "Ben", "Carys", "Dev", "Elin", "Farid", "Gemma", "Harold", "Imogen", "Jonah",
                "Keira", "Lewis", "Maya", "Niall", "Olwen", "Pritam", "Rosa", "Stefan", "Tamsin", "Umar", "Vera", "Wesley", "Yasmin", "Zach"};
        private static final String[] LAST = {"Ashworth", "Bellamy", "Chaudhry", "Dunmore", "Ellery", "Fairbairn", "Goddard", "Hollins",
                "Iqbal", "Jessop", "Kettering", "Lomax", "Mistry", "Nugent", "Okafor", "Pendle", "Quayle", "Rowntree", "Sayers", "Thorley",
                "Underwood", "Varley", "Whitlock", "Yardley"};
        private static final String[] COMMITTEES = {"Cabinet", "Children and Young People Scrutiny Committee",
                "Children's Services Overview and Scrutiny Committee", "Children and Families Committee", "Corporate Parenting Board",
                "Education and Children's Services Scrutiny Panel"};
        private static final String[] TOPICS = {"the sufficiency of placements for children in care", "the recruitment and retention of social workers",
                "the timeliness of education, health and care plans", "support for care leavers moving into their own homes",
                "the early help offer for families", "the number of children missing from education",
                "the stability of placements for children looked after", "the use of agency social workers"};
        private static final String[] GRADES = {"outstanding", "good", "requires improvement to be good", "inadequate"};
        private static final String[] AREAS_TO_IMPROVE = {"the quality and frequency of supervision for social workers",
                "the timeliness of initial health assessments for children in care", "the range of homes available for care leavers",
                "management oversight of decisions at the front door", "the recording of the views of children in plans",
                "return home interviews for children who go missing", "the consistency of pathway plans for care leavers"};
        private static final String[] PRIORITIES = {"Keeping children safe in their families", "Improving placement stability",
                "A stable and skilled workforce", "Better outcomes for care leavers", "Early help that reaches families sooner",
                "Inclusive education for every child"};

        private final Council council;
        private final int year;
        private final Random r;

        PaperWriter(Council council, int year, Random r) {
            this.council = council;
            this.year = year;
            this.r = r;
        }

        Paper write(int index) {
            LocalDate day = LocalDate.of(year, 1 + r.nextInt(12), 1 + r.nextInt(28));
            String committee = pick(COMMITTEES);
            int kind = (index + year + council.gss().hashCode() & 0x7fffffff) % 4;
            String text = switch (kind) {
                case 0 -> minutes(day, committee);
                case 1 -> inspection(day, committee);
                case 2 -> performance(day, committee);
                default -> plan(day, committee);
            };
            String title = switch (kind) {
                case 0 -> "Minutes, " + committee + ", " + long_(day);
                case 1 -> "Ofsted inspection outcome";
                case 2 -> "Children's services performance report";
                default -> "Children's services improvement plan";
            };
            if (r.nextInt(5) == 0) return new Paper(text, title, null, null); // council read from the text
            String type = kind == 0 ? "minutes" : "report";
            Sidecar sidecar = new Sidecar(council.gss(), null, committee, day, org.councilgraph.document.DocumentType.fromNotation(type), null, null);
            String json = String.format(Locale.ROOT, "{\"council\": \"%s\", \"committee\": \"%s\", \"meetingDate\": \"%s\", \"documentType\": \"%s\"}%n",
                    council.gss(), committee, day, type);
            return new Paper(text, title, sidecar, json);
        }

        private String minutes(LocalDate day, String committee) {
            StringBuilder t = new StringBuilder();
            t.append(r.nextBoolean() ? council.name().toUpperCase(Locale.ROOT) : council.name()).append("\n\n");
            switch (r.nextInt(3)) {
                case 0 -> t.append("Minutes of a meeting of the ").append(committee).append(" held on ").append(long_(day)).append("\n\n");
                case 1 -> t.append(committee.toUpperCase(Locale.ROOT)).append("\n\nMINUTES OF THE MEETING HELD ON ")
                        .append(long_(day).toUpperCase(Locale.ROOT)).append("\n\n");
                default -> t.append(committee).append("\n\nMinutes of the meeting held on ").append(long_(day))
                        .append(" at ").append(9 + r.nextInt(9)).append(".").append(r.nextBoolean() ? "00" : "30").append(" pm\n\n");
            }
            String chair = person();
            List<String> members = List.of(person(), person(), person());
            t.append("Present: Councillor ").append(chair).append(" (Chair), Councillors ").append(members.get(0)).append(", ")
                    .append(members.get(1)).append(" and ").append(members.get(2)).append("\n\n");
            t.append("Officers: ").append(person()).append(", Director of Children's Services; ").append(person())
                    .append(", Head of Safeguarding\n\n");
            int item = 1 + r.nextInt(60);
            t.append(item++).append(". Declarations of Interest\n\nThere were no declarations of interest.\n\n");
            t.append(item++).append(". Minutes of the Previous Meeting\n\nRESOLVED that the minutes of the meeting held on ")
                    .append(long_(day.minusWeeks(6))).append(" be approved as a correct record.\n\n");
            int items = 2 + r.nextInt(3);
            for (int i = 0; i < items; i++) {
                String topic = pick(TOPICS);
                t.append(item++).append(". ").append(capitalise(topic.replaceFirst("^the ", ""))).append("\n\n");
                t.append(switch (r.nextInt(3)) {
                    case 0 -> "The Committee received a report of the Director of Children's Services on " + topic + ". ";
                    case 1 -> "Members considered a report which set out progress on " + topic + ". ";
                    default -> "The Head of Service presented an update on " + topic + ". ";
                });
                t.append("The number of children looked after was ").append(300 + r.nextInt(900)).append(" at the end of quarter ")
                        .append(1 + r.nextInt(4)).append(".\n\n");
                t.append("In response to a question from Councillor ").append(members.get(r.nextInt(3)).replaceFirst("^\\S+ ", ""))
                        .append(", the Director of Children's Services confirmed that ").append(pick(TOPICS))
                        .append(" would be reported to the next meeting.\n\n");
                t.append(switch (r.nextInt(3)) {
                    case 0 -> "RESOLVED that the report be noted.\n\n";
                    case 1 -> "RESOLVED that:\n\n(a) the report be noted; and\n\n(b) the action plan for " + topic + " be endorsed.\n\n";
                    default -> "RESOLVED to approve the proposals for " + topic + ".\n\n";
                });
            }
            t.append("The meeting closed at ").append(1 + r.nextInt(8)).append(".").append(10 + r.nextInt(49)).append(" pm.\n");
            return t.toString();
        }

        private String inspection(LocalDate day, String committee) {
            StringBuilder t = header(day, committee, "Outcome of the Ofsted Inspection of Children's Services");
            String overall = pick(GRADES);
            LocalDate visit = day.minusWeeks(6 + r.nextInt(10));
            t.append("1. Purpose of the report\n\n1.1 This report informs members of the outcome of the inspection of local authority children's services (ILACS) carried out between ")
                    .append(visit.getDayOfMonth()).append(" and ").append(long_(visit.plusDays(11)))
                    .append(".\n\n2. Findings\n\n");
            t.append("2.1 The overall effectiveness of children's services was judged to be ").append(overall).append(".\n\n");
            t.append("2.2 The experiences and progress of children who need help and protection were judged to be ").append(pick(GRADES)).append(".\n\n");
            t.append("2.3 The experiences and progress of children in care were judged to be ").append(pick(GRADES)).append(".\n\n");
            t.append("2.4 The impact of leaders on social work practice with children and families was judged to be ").append(pick(GRADES)).append(".\n\n");
            t.append("2.5 Inspectors found that the local authority needs to improve:\n\n");
            List<String> areas = new ArrayList<>(List.of(AREAS_TO_IMPROVE));
            java.util.Collections.shuffle(areas, r);
            int n = 2 + r.nextInt(3);
            for (int i = 0; i < n; i++) t.append(i + 1).append(") ").append(areas.get(i)).append(i == n - 1 ? ".\n\n" : ";\n");
            t.append("3. Recommendation\n\nRESOLVED that the outcome of the inspection be noted and the action plan be endorsed.\n");
            return t.toString();
        }

        private String performance(LocalDate day, String committee) {
            StringBuilder t = header(day, committee, "Children's Services Performance Report, Quarter " + (1 + r.nextInt(4)));
            int cla = 200 + r.nextInt(1200);
            t.append("1. Summary\n\n1.1 This report sets out performance against the key indicators for children's social care.\n\n");
            t.append("2. Children in care\n\n2.1 The number of children looked after was ").append(cla).append(" at 31 March ").append(year).append(".\n\n");
            t.append("2.2 The rate of children looked after per 10,000 children was ").append(40 + r.nextInt(90)).append(" at 31 March ").append(year)
                    .append(", compared with ").append(60 + r.nextInt(20)).append(" for England.\n\n");
            t.append("3. Child protection\n\n3.1 The number of children subject to a child protection plan was ").append(100 + r.nextInt(700))
                    .append(" at 31 March ").append(year).append(".\n\n");
            t.append("3.2 The number of referrals to children's social care was ").append(1000 + r.nextInt(9000)).append(" in ").append(year - 1)
                    .append("-").append(String.format(Locale.ROOT, "%02d", year % 100)).append(".\n\n");
            t.append("Indicator\t").append(year - 2).append("\t").append(year - 1).append("\t").append(year).append("\n");
            t.append("Number of children looked after\t").append(cla - r.nextInt(60)).append("\t").append(cla - r.nextInt(30)).append("\t").append(cla).append("\n\n");
            t.append("4. Recommendation\n\nRESOLVED that the performance report be noted.\n");
            return t.toString();
        }

        private String plan(LocalDate day, String committee) {
            StringBuilder t = header(day, committee, "Children's Services Improvement Plan " + year + "-" + (year + 1) % 100);
            t.append("1. Background\n\n1.1 The improvement plan sets out the council's priorities for children's services for the coming year.\n\n");
            t.append("2. Priorities\n\n2.1 The plan has the following priorities:\n\n");
            List<String> ps = new ArrayList<>(List.of(PRIORITIES));
            java.util.Collections.shuffle(ps, r);
            int n = 3 + r.nextInt(3);
            for (int i = 0; i < n; i++) t.append("• Priority ").append(i + 1).append(": ").append(ps.get(i)).append("\n");
            t.append("\n3. Progress\n\n3.1 ").append(capitalise(pick(TOPICS))).append(" has improved since the last report. ")
                    .append("The number of care leavers in suitable accommodation was ").append(100 + r.nextInt(400)).append(" at 31 March ").append(year)
                    .append(".\n\n4. Decision\n\nRESOLVED that the Children's Services Improvement Plan be approved.\n");
            return t.toString();
        }

        private StringBuilder header(LocalDate day, String committee, String title) {
            StringBuilder t = new StringBuilder();
            t.append(council.name()).append("\n\nReport to: ").append(committee).append("\n\nDate of meeting: ").append(long_(day))
                    .append("\n\nReport of: ").append(person()).append(", Director of Children's Services\n\n").append(title).append("\n\n");
            return t;
        }

        private String person() { return pick(FIRST) + " " + pick(LAST); }

        private String pick(String[] options) { return options[r.nextInt(options.length)]; }

        private static String capitalise(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

        static String long_(LocalDate d) {
            DayOfWeek w = d.getDayOfWeek();
            return w.getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getDayOfMonth() + " "
                    + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear();
        }
    }
}
